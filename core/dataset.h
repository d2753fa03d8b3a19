#pragma once
#include <Eigen/Core>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "random.h"

namespace nnplay {

/// Examples as they come: raw inputs and a label each.
struct Dataset {
  Eigen::MatrixXf inputs;  // [dimensions, examples]
  Eigen::VectorXf labels;  // [examples]: class index 0..classes−1, or the target value for regression
  int classes = 0;         // 0 for regression
  std::vector<std::string> input_names;  // [dimensions]
  std::vector<std::string> class_names;  // [classes]
  std::string label_name = "label";

  Eigen::Index size() const { return inputs.cols(); }
  int dimensions() const { return static_cast<int>(inputs.rows()); }
  bool is_classification() const { return classes > 0; }
};

struct DatasetSpec {
  std::string name = "circle";
  int points = 0;      // 0: the dataset's own default (docs/config.md: 500; plane, multigauss 1200; spirals, blobs 600)
  double noise = 0.0;  // 0 to 0.5, as the Playground's slider 0–50 divided by 100
  int classes = 3;     // for the multi-class datasets
  std::uint64_t seed = 1;
  std::string function = "sin(x)";  // the curve y = f(x) of the `function` dataset (expression.h)
};

/// One generated example before it is packed into a Dataset.
struct GeneratedPoint {
  std::vector<double> inputs;  // [dimensions]
  double label;
};
using GeneratedPoints = std::vector<GeneratedPoint>;

/// Every example of a spec's classes: a dataset whose number of classes is `DatasetSpec::classes`.
constexpr int kClassesFromSpec = -1;

/// A named generated dataset, as one row of a table: what its columns and labels are, and the
/// function that draws `points` examples (in an order the generator then shuffles).
struct DatasetGenerator {
  std::string name;
  int default_points;
  std::vector<std::string> input_names;
  int classes;                           // 0 for regression, or kClassesFromSpec
  std::vector<std::string> class_names;  // empty: "negative", "positive" for two, else "class 1", ...
  std::string label_name;
  GeneratedPoints (*draw)(const DatasetSpec& spec, int points, Random& random);
};

/// Draws `generator`'s data for `spec` (its name is not read) and shuffles it as the Playground
/// does. Throws std::invalid_argument for noise, classes or points out of range.
Dataset generate_dataset(const DatasetGenerator& generator, const DatasetSpec& spec);

/// Generates a named dataset (the catalogue of every named generator: dataset_catalogue.cpp).
/// Classification labels: class 1 is the Playground's positive (+1, blue) class, class 0 its
/// negative (−1, orange) one. Throws std::invalid_argument for an unknown name or bad parameters.
///   circle, xor, gauss, spiral        — binary classification of 2-D points
///   plane, multigauss                 — regression over 2-D points
///   spirals, blobs                    — k-class spiral arms and Gaussian blobs (k = spec.classes)
///   function                          — two classes: the points above the curve y = spec.function (1) and below (0)
///   houses                            — the article's house prices: size m², stories, distance to school m → price
///   driving                           — the article's driving test: age, sex (0 male, 1 female), lessons → pass
Dataset generate_dataset(const DatasetSpec& spec);
std::vector<std::string> dataset_names();

/// The first ⌊size · train_percent / 100⌋ examples for training, the rest for testing (Playground's split).
std::pair<Dataset, Dataset> split_dataset(const Dataset& data, double train_percent);

/// The house-price rule the `houses` dataset is drawn from: price = 90.3·size + 1006.2·stories − 40.5·distance + noise.
constexpr double kHousePricePerSquareMetre = 90.3;
constexpr double kHousePricePerStory = 1006.2;
constexpr double kHousePricePerMetreToSchool = -40.5;

}  // namespace nnplay
