#include "presets.h"

#include <stdexcept>

#include "model_file.h"
#include "named_table.h"

namespace nnplay {

Model driving_test_model() {
  Network network({3, {{2, "relu"}, {1, "sigmoid"}}});
  network.layers()[0].weights << 4.0f, 0.5f, 3.0f,  //
      4.0f, -0.5f, 6.0f;
  network.layers()[0].biases << -110.0f, -140.0f;
  network.layers()[1].weights << 0.01f, 0.025f;
  network.layers()[1].biases << -3.0f;
  return {InputTransform{}, network, 2, {"age", "sex", "lessons"}, {"fail", "pass"}, "pass", 0.0f, 1.0f,
          {{"parking", "road driving"}, {"pass"}}};
}

nlohmann::json preset_config(const std::string& name) {
  if (name == "houses") {
    // Full-batch gradient descent: a linear least-squares fit converges to the generating rule.
    return {{"dataset", {{"name", "houses"}, {"noise", 0.01}, {"trainPercent", 80}}},
            {"network", {{"hidden", nlohmann::json::array()}, {"output", "linear"}}},
            {"optimizer", {{"learningRate", 0.5}}},
            {"batchSize", 400},
            {"init", "zeros"}};
  }
  if (name == "driving") {
    return {{"dataset", {{"name", "driving"}}},
            {"model", model_to_json(driving_test_model(), nlohmann::json::object())},
            {"loss", "binary_cross_entropy"},
            {"optimizer", {{"name", "adam"}, {"learningRate", 0.01}}}};
  }
  throw std::invalid_argument("unknown preset \"" + name + "\" (known: " + join_names(preset_names()) + ")");
}

std::vector<std::string> preset_names() { return {"houses", "driving"}; }

}  // namespace nnplay
