#pragma once
#include <nlohmann/json.hpp>

#include "model.h"

namespace nnplay {

constexpr const char* kModelFormat = "nnplay-model";
constexpr int kModelVersion = 1;

/// The model as the versioned JSON document of docs/model-format.md. `training` (hyper-parameters,
/// epoch, the experiment's configuration) is stored as given.
nlohmann::json model_to_json(const Model& model, const nlohmann::json& training);

/// The network's layers as model files store them: [{"activation", "weights": [to][from], "biases",
/// "names" (when the layer's neurons have names)}].
nlohmann::json layers_to_json(const Model& model);

/// Reads a model document. Throws std::invalid_argument naming what is wrong and where, e.g.
/// `model.layers[1].weights[0] has 3 numbers, but the layer has 4 inputs`.
Model model_from_json(const nlohmann::json& document);

}  // namespace nnplay
