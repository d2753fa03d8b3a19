#include "model_file.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "checked_number.h"
#include "config.h"
#include "named_table.h"

namespace nnplay {

using nlohmann::json;

namespace {

json numbers(const Eigen::VectorXf& values) {
  json list = json::array();
  for (Eigen::Index i = 0; i < values.size(); ++i) list.push_back(values(i));
  return list;
}

Eigen::VectorXf read_numbers(const json& list, const std::string& where, Eigen::Index expected) {
  if (!list.is_array()) throw std::invalid_argument(where + " must be a list of numbers");
  if (static_cast<Eigen::Index>(list.size()) != expected) {
    throw std::invalid_argument(where + " has " + std::to_string(list.size()) + " numbers, but " +
                                std::to_string(expected) + " are needed");
  }
  Eigen::VectorXf values(expected);
  for (Eigen::Index i = 0; i < expected; ++i) {
    const json& item = list[static_cast<std::size_t>(i)];
    auto item_where = [&] { return where + "[" + std::to_string(i) + "]"; };
    if (!item.is_number()) throw std::invalid_argument(item_where() + " must be a finite number, not " + item.dump());
    values(i) = finite_float(item.get<double>(), item_where);
  }
  return values;
}

// Data is matched to a model by these names, so each must be given once.
void check_distinct(const std::vector<std::string>& names, const std::string& where) {
  for (std::size_t i = 1; i < names.size(); ++i) {
    if (std::find(names.begin(), names.begin() + static_cast<std::ptrdiff_t>(i), names[i]) !=
        names.begin() + static_cast<std::ptrdiff_t>(i)) {
      throw std::invalid_argument(where + " names " + quoted(names[i]) + " twice");
    }
  }
}

}  // namespace

json layers_to_json(const Model& model) {
  json layers = json::array();
  for (std::size_t l = 0; l < model.network.layers().size(); ++l) {
    const Layer& layer = model.network.layers()[l];
    json weights = json::array();
    for (Eigen::Index to = 0; to < layer.weights.rows(); ++to) weights.push_back(numbers(layer.weights.row(to)));
    json entry = {{"activation", layer.activation->name}, {"weights", weights}, {"biases", numbers(layer.biases)}};
    if (l < model.neuron_names.size() && !model.neuron_names[l].empty()) entry["names"] = model.neuron_names[l];
    layers.push_back(entry);
  }
  return layers;
}

json model_to_json(const Model& model, const json& training) {
  json standardization = nullptr;
  if (model.transform.mean.size() > 0) {
    standardization = {{"mean", numbers(model.transform.mean)}, {"scale", numbers(model.transform.scale)}};
  }
  json target = nullptr;
  if (model.classes == 0) target = {{"mean", model.target_mean}, {"scale", model.target_scale}};
  return {{"format", kModelFormat},
          {"version", kModelVersion},
          {"inputs", {{"names", model.input_names}, {"features", model.transform.features}, {"standardization", standardization}}},
          {"output", {{"label", model.label_name}, {"classes", model.class_names}, {"target", target}}},
          {"layers", layers_to_json(model)},
          {"training", training},
          {"provenance", {{"producer", "nnplay"}, {"engine", "C++ core, Eigen " + std::to_string(EIGEN_WORLD_VERSION) + "." +
                                                                std::to_string(EIGEN_MAJOR_VERSION) + "." +
                                                                std::to_string(EIGEN_MINOR_VERSION)}}}};
}

Model model_from_json(const json& document) {
  if (!document.is_object()) throw std::invalid_argument("a model file must be a JSON object");
  ConfigReader reader(document, "model");
  if (reader.text("format", "") != kModelFormat) {
    throw std::invalid_argument(std::string("model.format must be \"") + kModelFormat + "\": this is not an nnplay model");
  }
  int version = reader.integer("version", 0, 0, 1000000);
  if (version != kModelVersion) {
    throw std::invalid_argument("model.version " + std::to_string(version) + " is not supported (this nnplay reads version " +
                                std::to_string(kModelVersion) + ")");
  }

  ConfigReader inputs = reader.object("inputs");
  std::vector<std::string> input_names = inputs.texts("names", {});
  InputTransform transform;
  transform.features = inputs.texts("features", {});
  if (input_names.empty()) throw std::invalid_argument("model.inputs.names must name at least one input");
  const int network_inputs = transform.network_inputs(static_cast<int>(input_names.size()));
  ConfigReader standardization = inputs.object("standardization");
  if (standardization.has("mean") || standardization.has("scale")) {
    transform.mean = read_numbers(standardization.value("mean"), "model.inputs.standardization.mean", network_inputs);
    transform.scale = read_numbers(standardization.value("scale"), "model.inputs.standardization.scale", network_inputs);
    if ((transform.scale.array() <= 0).any()) {
      throw std::invalid_argument("model.inputs.standardization.scale must be positive");
    }
  }
  standardization.finish();
  inputs.finish();

  if (!reader.has("output")) {
    throw std::invalid_argument("model.output is missing: it names the label and the classes ([] for regression)");
  }
  ConfigReader output = reader.object("output");
  if (!output.has("classes")) {
    throw std::invalid_argument("model.output.classes is missing: list the class names, [] for regression");
  }
  std::string label = output.text("label", "label");
  std::vector<std::string> class_names = output.texts("classes", {});
  ConfigReader target = output.object("target");
  auto target_mean = static_cast<float>(target.number("mean", 0));
  auto target_scale = static_cast<float>(target.number("scale", 1));
  if (!(target_scale > 0)) throw std::invalid_argument("model.output.target.scale must be positive");
  target.finish();
  output.finish();
  check_distinct(input_names, "model.inputs.names");
  check_distinct(class_names, "model.output.classes");
  if (class_names.size() == 1 || class_names.size() > kMaxClasses) {
    throw std::invalid_argument("model.output.classes must name 2 to 8 classes, or none for regression");
  }

  const json& layer_list = reader.value("layers");
  if (!layer_list.is_array() || layer_list.empty()) throw std::invalid_argument("model.layers must be a non-empty list");
  NetworkSpec spec{network_inputs, {}};
  for (std::size_t l = 0; l < layer_list.size(); ++l) {
    ConfigReader layer(layer_list[l], "model.layers[" + std::to_string(l) + "]");
    const json& weights = layer.value("weights");
    if (!weights.is_array() || weights.empty()) {
      throw std::invalid_argument(layer.where("weights") + " must be a non-empty list of rows");
    }
    spec.layers.push_back({static_cast<int>(weights.size()), layer.text("activation", "")});
  }
  Network network(spec);
  std::vector<std::vector<std::string>> neuron_names;
  for (std::size_t l = 0; l < layer_list.size(); ++l) {
    ConfigReader layer(layer_list[l], "model.layers[" + std::to_string(l) + "]");
    layer.text("activation", "");
    neuron_names.push_back(layer.texts("names", {}));
    if (!neuron_names.back().empty() && neuron_names.back().size() != static_cast<std::size_t>(spec.layers[l].units)) {
      throw std::invalid_argument(layer.where("names") + " names " + std::to_string(neuron_names.back().size()) +
                                  " neurons, but the layer has " + std::to_string(spec.layers[l].units));
    }
    Layer& target_layer = network.layers()[l];
    const json& weights = layer.value("weights");
    for (Eigen::Index to = 0; to < target_layer.weights.rows(); ++to) {
      target_layer.weights.row(to) = read_numbers(weights[static_cast<std::size_t>(to)],
                                                  layer.where("weights") + "[" + std::to_string(to) + "]",
                                                  target_layer.weights.cols())
                                         .transpose();
    }
    target_layer.biases = read_numbers(layer.value("biases"), layer.where("biases"), target_layer.biases.size());
    layer.finish();
  }
  reader.value("training");
  reader.value("provenance");
  reader.finish();

  Model model{transform,    network,      static_cast<int>(class_names.size()), input_names, class_names, label,
              target_mean, target_scale, neuron_names};
  model.check_outputs();
  return model;
}

}  // namespace nnplay
