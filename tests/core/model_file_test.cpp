#include <doctest/doctest.h>

#include "model_file.h"

using Eigen::MatrixXf;
using nlohmann::json;
using namespace nnplay;

namespace {

// 2-D points → features (x, xSquared, xTimesY), standardised → 2 named tanh neurons → 3-class softmax.
Model classifier() {
  InputTransform transform;
  transform.features = {"x", "xSquared", "xTimesY"};
  transform.mean = (Eigen::VectorXf(3) << 0.25f, 3.0f, -0.5f).finished();
  transform.scale = (Eigen::VectorXf(3) << 2.0f, 1.5f, 0.75f).finished();
  Network network({3, {{2, "tanh"}, {3, "softmax"}}});
  network.layers()[0].weights << 0.1f, -0.7f, 1.3f,  //
      0.3333333f, 2.5e-3f, -4.0f;
  network.layers()[0].biases << 0.2f, -0.1f;
  network.layers()[1].weights << 1.0f, -1.0f,  //
      0.5f, 0.25f,                             //
      -2.0f, 0.125f;
  network.layers()[1].biases << 0.0f, 0.3f, -0.3f;
  return Model{transform, network, 3, {"x", "y"}, {"red", "green", "blue"}, "colour", 0.0f, 1.0f,
               {{"left", "right"}, {}}};
}

// Three raw inputs → one linear neuron; outputs in the label's units 100 + 20·out.
Model regression() {
  Network network({3, {{1, "linear"}}});
  network.layers()[0].weights << 0.5f, -1.25f, 3.0f;
  network.layers()[0].biases << 0.1f;
  return Model{InputTransform{}, network, 0, {"size", "stories", "distance"}, {}, "price", 100.0f, 20.0f, {}};
}

Model reloaded(const Model& model, const json& training) {
  return model_from_json(json::parse(model_to_json(model, training).dump()));
}

}  // namespace

TEST_CASE("a model written and read back predicts exactly the same") {
  const json training = {{"epoch", 12}, {"config", {{"batchSize", 5}}}};
  SUBCASE("a classifier with features, standardisation and neuron names") {
    const Model original = classifier();
    const Model loaded = reloaded(original, training);
    CHECK(loaded.transform.features == original.transform.features);
    CHECK(loaded.transform.mean == original.transform.mean);
    CHECK(loaded.transform.scale == original.transform.scale);
    CHECK(loaded.classes == 3);
    CHECK(loaded.class_names == original.class_names);
    CHECK(loaded.input_names == original.input_names);
    CHECK(loaded.label_name == "colour");
    CHECK(loaded.neuron_names == original.neuron_names);
    MatrixXf points(2, 4);  // [dimensions, examples]
    points << -3, 0, 1.5f, 6,  //
        2, 0, -0.25f, -6;
    CHECK(predict(loaded, points) == predict(original, points));
    CHECK(model_to_json(loaded, training) == model_to_json(original, training));
  }
  SUBCASE("a regression model with its target's mean and scale") {
    const Model original = regression();
    const Model loaded = reloaded(original, training);
    CHECK(loaded.classes == 0);
    CHECK(loaded.target_mean == 100.0f);
    CHECK(loaded.target_scale == 20.0f);
    CHECK(loaded.transform.mean.size() == 0);
    MatrixXf houses(3, 2);
    houses << 120, 80,  //
        2, 1,           //
        500, 1200;
    CHECK(predict(loaded, houses) == predict(original, houses));
  }
}

TEST_CASE("the document records what docs/model-format.md says it does") {
  const json document = model_to_json(regression(), {{"epoch", 3}});
  CHECK(document["format"] == "nnplay-model");
  CHECK(document["version"] == 1);
  CHECK(document["inputs"]["names"] == json{"size", "stories", "distance"});
  CHECK(document["inputs"]["standardization"].is_null());
  CHECK(document["output"]["label"] == "price");
  CHECK(document["output"]["target"] == json{{"mean", 100.0}, {"scale", 20.0}});
  CHECK(document["layers"][0]["activation"] == "linear");
  CHECK(document["layers"][0]["weights"] == json{{0.5, -1.25, 3.0}});
  CHECK(document["training"] == json{{"epoch", 3}});
}

TEST_CASE("each kind of bad model file is refused with a message naming the problem") {
  json model = model_to_json(classifier(), json::object());
  auto refused = [&](const std::string& message) {
    CHECK_THROWS_WITH_AS(model_from_json(model), message.c_str(), std::invalid_argument);
  };
  SUBCASE("not an object") {
    model = json::array();
    refused("a model file must be a JSON object");
  }
  SUBCASE("another format") {
    model["format"] = "onnx";
    refused("model.format must be \"nnplay-model\": this is not an nnplay model");
  }
  SUBCASE("no version") {
    model.erase("version");
    refused("model.version 0 is not supported (this nnplay reads version 1)");
  }
  SUBCASE("no inputs") {
    model["inputs"]["names"] = json::array();
    refused("model.inputs.names must name at least one input");
  }
  SUBCASE("an unknown feature") {
    model["inputs"]["features"][1] = "cosX";
    refused("unknown input feature \"cosX\" (known: x, y, xSquared, ySquared, xTimesY, sinX, sinY)");
  }
  SUBCASE("a standardisation of the wrong length") {
    model["inputs"]["standardization"]["mean"].erase(0);
    refused("model.inputs.standardization.mean has 2 numbers, but 3 are needed");
  }
  SUBCASE("a scale of zero") {
    model["inputs"]["standardization"]["scale"][2] = 0;
    refused("model.inputs.standardization.scale must be positive");
  }
  SUBCASE("a regression target of negative scale") {
    model["output"]["classes"] = json::array();
    model["output"]["target"] = {{"mean", 0}, {"scale", -1}};
    refused("model.output.target.scale must be positive");
  }
  SUBCASE("a single class") {
    model["output"]["classes"] = json::array({"red"});
    refused("model.output.classes must name 2 to 8 classes, or none for regression");
  }
  SUBCASE("no layers") {
    model["layers"] = json::array();
    refused("model.layers must be a non-empty list");
  }
  SUBCASE("a layer without weights") {
    model["layers"][0].erase("weights");
    refused("model.layers[0].weights must be a non-empty list of rows");
  }
  SUBCASE("a row that is not a list") {
    model["layers"][0]["weights"][1] = 4;
    refused("model.layers[0].weights[1] must be a list of numbers");
  }
  SUBCASE("a row of the wrong length") {
    model["layers"][1]["weights"][2].push_back(1.0);
    refused("model.layers[1].weights[2] has 3 numbers, but 2 are needed");
  }
  SUBCASE("a bias that is not a number") {
    model["layers"][1]["biases"][0] = nullptr;
    refused("model.layers[1].biases[0] must be a finite number, not null");
  }
  SUBCASE("too many biases") {
    model["layers"][0]["biases"].push_back(0.5);
    refused("model.layers[0].biases has 3 numbers, but 2 are needed");
  }
  SUBCASE("names for the wrong number of neurons") {
    model["layers"][0]["names"] = json::array({"only"});
    refused("model.layers[0].names names 1 neurons, but the layer has 2");
  }
  SUBCASE("an output layer that does not fit the classes") {
    model["output"]["classes"] = json::array({"red", "green", "blue", "black"});
    refused("4 classes need a softmax output layer of 4 neurons");
  }
  SUBCASE("a misspelt key") {
    model["layers"][1]["bias"] = json::array();
    refused("unknown setting model.layers[1].bias");
  }
}
