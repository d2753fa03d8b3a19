#include "engine_facts.h"

#include "activation.h"
#include "input_transform.h"
#include "plane_grids.h"

namespace nnplay {

nlohmann::json engine_facts() {
  nlohmann::json features = nlohmann::json::array();
  for (const Feature& feature : playground_features()) {
    features.push_back({{"name", feature.name}, {"formula", feature.formula}});
  }
  return {{"gridExtent", kGridExtent}, {"features", features}, {"activations", activation_names()}};
}

}  // namespace nnplay
