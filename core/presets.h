#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "dataset.h"
#include "model.h"

namespace nnplay {

/// The article's driving-test network. Inputs: age, sex (0 male, 1 female), number of lessons.
/// Two hidden ReLU neurons, "parking" and "road driving", and a sigmoid output, the probability of
/// passing; weights chosen to give the article's numbers:
///   parking = ReLU(4·age + 0.5·sex + 3·lessons − 110), road = ReLU(4·age − 0.5·sex + 6·lessons − 140),
///   pass = σ(0.01·parking + 0.025·road − 3).
/// Person A (20, male, 10 lessons): parking 0, road 0, pass σ(−3) = 4.74%.
/// Person B (50, female, 20 lessons): parking 150.5, road 179.5, pass σ(2.9925) = 95.22%.
Model driving_test_model();

/// The probability that a person passes by the article's driving-test network.
double driving_test_pass_probability(double age, double sex, double lessons);

/// The `driving` dataset: people (age 17–69, sex, 0–40 lessons) who pass with the driving-test
/// network's probability.
const DatasetGenerator& driving_test_generator();

/// Experiment configurations for the article's examples (docs/config.md):
///   "houses"  — a linear model of house prices from size, stories and distance to school;
///   "driving" — the driving-test network on data drawn from it, starting from its weights.
/// Throws std::invalid_argument naming the presets for an unknown name.
nlohmann::json preset_config(const std::string& name);
std::vector<std::string> preset_names();

/// An example the article works through with a preset's model, shown before and after training.
struct PresetExample {
  std::string name;           // "person A (20-year-old man, 10 lessons)"
  std::vector<float> inputs;  // [raw inputs], in the model's order
};
/// Persons A and B for "driving", a house for "houses". Throws like preset_config.
std::vector<PresetExample> preset_examples(const std::string& name);

}  // namespace nnplay
