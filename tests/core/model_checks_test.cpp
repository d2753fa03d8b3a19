#include <doctest/doctest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "activation.h"
#include "experiment.h"
#include "model_file.h"
#include "network.h"

using nlohmann::json;
using namespace nnplay;

namespace {

json circle_model() { return Experiment(json{{"dataset", {{"name", "circle"}}}}).save(); }

bool contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

TEST_CASE("the activations offered for hidden and output layers are the ones each accepts") {
  // Softmax mixes the units of a layer: output only. ReLU-like heads cannot give a class (their
  // output is never below the threshold 0 of a one-neuron head) nor a standardised value (never negative).
  CHECK_FALSE(contains(hidden_activation_names(), "softmax"));
  CHECK(contains(hidden_activation_names(), "relu"));
  CHECK(output_activation_names() == std::vector<std::string>{"linear", "tanh", "sigmoid", "softmax"});
  for (const std::string& name : hidden_activation_names()) {
    CHECK_NOTHROW(Network({2, {{3, name}, {1, "tanh"}}}));
  }
  for (const std::string& name : output_activation_names()) {
    CHECK_NOTHROW(Network({2, {{3, "tanh"}, {name == "softmax" ? 2 : 1, name}}}));
  }
  CHECK_THROWS_WITH_AS(Network({2, {{3, "softmax"}, {1, "tanh"}}}), "softmax can only be the output layer's activation",
                       std::invalid_argument);
  for (const char* name : {"relu", "leaky_relu", "elu", "softplus"}) {
    const std::string expected = std::string("a ") + name +
                                 " output layer is not supported: the output layer is linear, tanh, sigmoid or softmax";
    CHECK_THROWS_WITH_AS(Network({2, {{3, "tanh"}, {1, name}}}), expected.c_str(), std::invalid_argument);
  }
}

TEST_CASE("a relu output layer is refused in a configuration and in a model file") {
  CHECK_THROWS_WITH_AS(Experiment(json{{"network", {{"output", "relu"}}}}),
                       "a relu output layer is not supported: the output layer is linear, tanh, sigmoid or softmax",
                       std::invalid_argument);
  json model = circle_model();
  model["layers"].back()["activation"] = "relu";
  CHECK_THROWS_WITH_AS(model_from_json(model),
                       "a relu output layer is not supported: the output layer is linear, tanh, sigmoid or softmax",
                       std::invalid_argument);
}

TEST_CASE("a model file must say what it predicts, and name each input and class once") {
  json model = circle_model();
  REQUIRE_NOTHROW(model_from_json(model));
  SUBCASE("without output it is refused, not read as regression") {
    model.erase("output");
    CHECK_THROWS_WITH_AS(model_from_json(model),
                         "model.output is missing: it names the label and the classes ([] for regression)",
                         std::invalid_argument);
  }
  SUBCASE("without output.classes likewise") {
    model["output"].erase("classes");
    CHECK_THROWS_WITH_AS(model_from_json(model), "model.output.classes is missing: list the class names, [] for regression",
                         std::invalid_argument);
  }
  SUBCASE("an input named twice") {
    model["inputs"]["names"] = {"x1", "x1"};
    CHECK_THROWS_WITH_AS(model_from_json(model), "model.inputs.names names \"x1\" twice", std::invalid_argument);
  }
  SUBCASE("a class named twice") {
    model["output"]["classes"] = {"yes", "yes"};
    CHECK_THROWS_WITH_AS(model_from_json(model), "model.output.classes names \"yes\" twice", std::invalid_argument);
  }
}
