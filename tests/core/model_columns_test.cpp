#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "experiment.h"
#include "model_columns.h"
#include "model_file.h"

using nlohmann::json;
using namespace nnplay;

namespace {

// y = x1 + 10·x2: one linear neuron on raw inputs, a regression target in the data's units.
json linear_model() {
  return {{"format", "nnplay-model"},
          {"version", 1},
          {"inputs", {{"names", {"x1", "x2"}}, {"features", json::array()}, {"standardization", nullptr}}},
          {"output", {{"label", "y"}, {"classes", json::array()}, {"target", {{"mean", 0}, {"scale", 1}}}}},
          {"layers", {{{"activation", "linear"}, {"weights", {{1, 10}}}, {"biases", {0}}}}}};
}

// Two inputs and a softmax over three classes, named as a CSV of text labels numbers them (sorted).
json three_animals_model() {
  return {{"format", "nnplay-model"},
          {"version", 1},
          {"inputs", {{"names", {"x1", "x2"}}, {"features", json::array()}, {"standardization", nullptr}}},
          {"output", {{"label", "animal"}, {"classes", {"cat", "dog", "eel"}}, {"target", nullptr}}},
          {"layers", {{{"activation", "softmax"}, {"weights", {{1, 0}, {0, 1}, {1, 1}}}, {"biases", {0, 0, 0}}}}}};
}

Experiment start_from(const json& model, const std::string& csv) {
  return Experiment(json{{"dataset", {{"csv", csv}, {"trainPercent", 50}}}, {"model", model}});
}

}  // namespace

TEST_CASE("a model to start from finds its inputs in a CSV by name, in any order") {
  // Columns x2, x1: by name, row 1 is x1 = 0.5, x2 = 1 → y = 0.5 + 10·1 = 10.5, the label, so the
  // loss is 0 (by position it would be 1 + 10·0.5 = 6, off by 4.5).
  Experiment swapped = start_from(linear_model(), "x2,x1,y\n1,0.5,10.5\n2,0.5,20.5\n3,1.5,31.5\n4,2.5,42.5\n");
  CHECK(swapped.metrics(false).loss == 0.0);
  CHECK(swapped.metrics(true).loss == 0.0);
  CHECK(swapped.train_data().input_names == std::vector<std::string>{"x1", "x2"});
  // Other columns are ignored, as eval and predict ignore them.
  Experiment extra = start_from(linear_model(), "note,x1,x2,y\n7,0.5,1,10.5\n8,0.5,2,20.5\n9,1.5,3,31.5\n");
  CHECK(extra.metrics(false).loss == 0.0);
}

TEST_CASE("a model to start from refuses a CSV without its inputs, naming them") {
  CHECK_THROWS_WITH_AS(start_from(linear_model(), "a,b,y\n1,0.5,10.5\n2,0.5,20.5\n3,1.5,31.5\n"),
                       "the data has no input \"x1\" (the model reads x1, x2; the data has a, b)",
                       std::invalid_argument);
}

TEST_CASE("a model to start from maps the data's classes by name") {
  SUBCASE("data with some of the model's classes keeps the model's numbers") {
    // Labels dog and eel only: the CSV alone would number them 0 and 1; the model says 1 and 2.
    Experiment experiment = start_from(three_animals_model(), "x1,x2,animal\n1,2,eel\n3,4,dog\n5,6,eel\n7,8,dog\n");
    CHECK(experiment.train_data().class_names == std::vector<std::string>{"cat", "dog", "eel"});
    CHECK(experiment.train_data().labels(0) == 2.0f);
    CHECK(experiment.train_data().labels(1) == 1.0f);
    CHECK(experiment.test_data().labels(0) == 2.0f);
  }
  SUBCASE("labels that are not the model's classes are refused, as eval refuses them") {
    json model = three_animals_model();
    model["output"]["classes"] = {"negative", "positive"};
    model["layers"][0] = {{"activation", "tanh"}, {"weights", {{1, 0}}}, {"biases", {0}}};
    CHECK_THROWS_WITH_AS(start_from(model, "x1,x2,label\n1,2,-1\n3,4,1\n5,6,-1\n7,8,1\n"),
                         "the labels of the data (-1, 1) are not the model's classes (negative, positive)",
                         std::invalid_argument);
  }
}

TEST_CASE("fitting data to a model reorders its input rows and renumbers its classes") {
  const Model model = model_from_json(three_animals_model());
  Dataset data;
  data.input_names = {"x2", "x1"};
  data.inputs.resize(2, 2);  // [inputs, examples]
  data.inputs << 20, 40,     // x2
      1, 3;                  // x1
  data.classes = 2;
  data.class_names = {"cat", "eel"};
  data.labels.resize(2);
  data.labels << 1, 0;  // eel, cat
  const Dataset fitted = fit_to_model(model, data, "the data");
  CHECK(fitted.inputs(0, 1) == 3.0f);   // x1 of the second example
  CHECK(fitted.inputs(1, 0) == 20.0f);  // x2 of the first
  CHECK(fitted.labels(0) == 2.0f);      // eel is the model's class 2
  CHECK(fitted.labels(1) == 0.0f);
}
