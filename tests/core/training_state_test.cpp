#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "experiment.h"

using nlohmann::json;
using namespace nnplay;

namespace {

// Shuffled, with a batch size that leaves a partial batch to carry, so every part of the state matters.
json config(const std::string& optimizer, const std::string& regularization) {
  return {{"dataset", {{"name", "xor"}, {"seed", 5}}},
          {"network", {{"hidden", {5, 3}}, {"activation", "tanh"}}},
          {"optimizer",
           {{"name", optimizer}, {"learningRate", 0.05}, {"regularization", regularization}, {"regularizationRate", 0.01}}},
          {"batchSize", 7},
          {"shuffle", true}};
}

}  // namespace

TEST_CASE("a new session given the weights and the training state trains on exactly as the first would") {
  for (const char* optimizer : {"sgd", "momentum", "adam"}) {
    for (const char* regularization : {"none", "L1"}) {
      CAPTURE(optimizer);
      CAPTURE(regularization);
      Experiment first(config(optimizer, regularization));
      first.train(7);
      const Eigen::VectorXf weights = first.snapshot();
      const Eigen::VectorXf state = first.training_state();
      first.train(5);

      Experiment resumed(config(optimizer, regularization));
      resumed.restore(weights);
      resumed.restore_training_state(state);
      resumed.train(5);
      CHECK(resumed.snapshot() == first.snapshot());
      CHECK(resumed.training_state() == first.training_state());

      // Without the state, only plain SGD without a carried batch could go on the same way: here nothing does.
      Experiment weights_only(config(optimizer, regularization));
      weights_only.restore(weights);
      weights_only.train(5);
      CHECK(weights_only.snapshot() != first.snapshot());
    }
  }
}

TEST_CASE("a training state not written for this network is refused and changes nothing") {
  Experiment experiment(config("adam", "L1"));
  experiment.train(3);
  const Eigen::VectorXf state = experiment.training_state();
  const Eigen::VectorXf before = experiment.training_state();

  Experiment other(json{{"dataset", {{"name", "xor"}}}, {"network", {{"hidden", {4}}}}});
  CHECK_THROWS_WITH_AS(experiment.restore_training_state(other.training_state()),
                       doctest::Contains("was not written for this network"), std::invalid_argument);
  Eigen::VectorXf longer(state.size() + 1);
  longer << state, 0.0f;
  CHECK_THROWS_WITH_AS(experiment.restore_training_state(longer), doctest::Contains("was not written for this network"),
                       std::invalid_argument);

  Eigen::VectorXf broken = state;
  broken(0) = 0.5f;
  CHECK_THROWS_WITH_AS(experiment.restore_training_state(broken), "the training state's shuffle generator is not a whole number",
                       std::invalid_argument);
  broken = state;
  broken(broken.size() - 20) = std::numeric_limits<float>::quiet_NaN();
  CHECK_THROWS_AS(experiment.restore_training_state(broken), std::invalid_argument);
  broken = state;
  broken(broken.size() - 1) = 2.0f;  // the last number is a dead-weight flag
  CHECK_THROWS_WITH_AS(experiment.restore_training_state(broken), "the training state's dead weights must be 0 or 1",
                       std::invalid_argument);
  CHECK(experiment.training_state() == before);
}
