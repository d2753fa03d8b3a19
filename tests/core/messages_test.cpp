#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "experiment.h"

using nlohmann::json;
using namespace nnplay;

TEST_CASE("a hidden layer that is not a whole number of neurons is named as such") {
  CHECK_THROWS_WITH_AS(Experiment(json{{"network", {{"hidden", {4, 8.5}}}}}),
                       "config.network.hidden[1] must be a whole number of neurons or an object such as "
                       "{\"units\": 8, \"activation\": \"relu\"}, not 8.5",
                       std::invalid_argument);
  CHECK_THROWS_WITH_AS(Experiment(json{{"network", {{"hidden", {"8"}}}}}),
                       "config.network.hidden[0] must be a whole number of neurons or an object such as "
                       "{\"units\": 8, \"activation\": \"relu\"}, not \"8\"",
                       std::invalid_argument);
  // 8.0 is a whole number.
  CHECK(Experiment(json{{"network", {{"hidden", {8.0}}}}}).model().network.layers()[0].weights.rows() == 8);
}

TEST_CASE("a divergence names the settings that make steps too large: momentum too") {
  // Plane regression, tanh 4-2 network: learning rate 3 overflows in the first epoch.
  json config = {{"dataset", {{"name", "plane"}}}, {"optimizer", {{"name", "sgd"}, {"learningRate", 3}}}};
  CHECK_THROWS_WITH_AS(Experiment(config).train(20),
                       doctest::Contains(". The learning rate (3) is probably too high. The weights"), DivergenceError);
  config["optimizer"] = {{"name", "momentum"}, {"learningRate", 3}, {"momentum", 0.9}};
  // With momentum m a step grows up to 1/(1 − m) = 10 times the plain one.
  CHECK_THROWS_WITH_AS(Experiment(config).train(20),
                       doctest::Contains(". The learning rate (3) is probably too high for the momentum (0.9), which "
                                         "makes steps up to 10 times larger: lower either. The weights"),
                       DivergenceError);
}
