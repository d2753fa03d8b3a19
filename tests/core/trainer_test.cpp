#include <doctest/doctest.h>

#include <numeric>
#include <vector>

#include "linear_neuron.h"
#include "trainer.h"

using Eigen::MatrixXf;
using namespace nnplay;
using nnplay::testing::linear_neuron;

namespace {

Examples examples(std::initializer_list<float> x, std::initializer_list<float> t) {
  Examples e;
  e.inputs = Eigen::Map<const MatrixXf>(x.begin(), 1, static_cast<Eigen::Index>(x.size()));   // [1, examples]
  e.targets = Eigen::Map<const MatrixXf>(t.begin(), 1, static_cast<Eigen::Index>(t.size()));  // [1, examples]
  e.labels = e.targets.row(0).transpose();
  return e;
}

OptimizerSettings sgd(float rate) {
  OptimizerSettings s;
  s.learning_rate = rate;
  return s;
}

TrainingSettings batches_of(int size, bool shuffle = false, std::uint64_t seed = 1) {
  TrainingSettings s;
  s.batch_size = size;
  s.shuffle = shuffle;
  s.shuffle_seed = seed;
  return s;
}

float weight(const Network& network) { return network.layers()[0].weights(0, 0); }
float bias(const Network& network) { return network.layers()[0].biases(0); }

// (x, t): (1, 1), (0, 1), (2, 0), (−1, 0), (1, 2); squared loss, per example ∂w = r·x, ∂b = r with r = w·x + b − t.
Examples five_examples() { return examples({1, 0, 2, -1, 1}, {1, 1, 0, 0, 2}); }

}  // namespace

TEST_CASE("a partial last batch is carried into the next epoch's first update") {
  // 5 examples in batches of 2, SGD η = 0.5 from w = b = 0, no shuffling.
  // Epoch 1, update 1 on examples 0, 1: r = (−1, −1), ∂w = (−1, 0), ∂b = (−1, −1)
  //   w = 0 − 0.5·(−1/2) = 1/4, b = 0 − 0.5·(−1) = 1/2
  // update 2 on examples 2, 3 at (1/4, 1/2): r = (1, 1/4), ∂w = (2, −1/4), ∂b = (1, 1/4)
  //   w = 1/4 − 0.5·7/8 = −3/16, b = 1/2 − 0.5·5/8 = 3/16
  // example 4 at (−3/16, 3/16): r = −2, ∂w = ∂b = −2, kept for the next update, no step.
  // Epoch 1's loss, each example's at the weights it was evaluated with: ½(1 + 1 + 1 + 1/16 + 4)/5 = 113/160.
  // Epoch 2, update 3 on examples 4 (carried), 0, 1, all at (−3/16, 3/16): r₀ = −1, r₁ = −13/16
  //   ∂w mean (−2 − 1 + 0)/3 = −1, ∂b mean (−2 − 1 − 13/16)/3 = −61/48
  //   w = −3/16 + 1/2 = 5/16, b = 3/16 + 61/96 = 79/96
  // update 4 on examples 2, 3 at (5/16, 79/96): r = (139/96, 49/96), ∂w mean (278 − 49)/192 = 229/192,
  //   ∂b mean (139 + 49)/192 = 94/96; w = 5/16 − 229/384 = −109/384, b = 79/96 − 47/96 = 1/3
  // (Dropping example 4 would give w = −45/256; a short update on it alone w = 341/512.)
  const Examples data = five_examples();
  Network network = linear_neuron(0, 0);
  Trainer trainer(network, loss("squared"), sgd(0.5f), batches_of(2));

  SUBCASE("in one call of two epochs") {
    std::vector<double> history = trainer.train(network, data, 2);
    REQUIRE(history.size() == 2);
    CHECK(history[0] == doctest::Approx(113.0 / 160));
  }
  SUBCASE("and across calls, as the page trains a few epochs per frame") {
    std::vector<double> first = trainer.train(network, data, 1);
    CHECK(weight(network) == doctest::Approx(-3.0 / 16));
    CHECK(bias(network) == doctest::Approx(3.0 / 16));
    CHECK(first[0] == doctest::Approx(113.0 / 160));
    trainer.train(network, data, 1);
  }
  CHECK(trainer.epoch() == 2);
  CHECK(weight(network) == doctest::Approx(-109.0 / 384));
  CHECK(bias(network) == doctest::Approx(1.0 / 3));
}

TEST_CASE("the training state holds the gradient sums of the carried examples, and none once they are used") {
  const Examples data = five_examples();
  Network network = linear_neuron(0, 0);
  // The state: the shuffle generator's 4 values, the count of carried examples in 2, their sums of ∂w and ∂b.
  SUBCASE("in batches of 2, example 4 is carried (as above: r = −2, ∂w = ∂b = −2)") {
    Trainer trainer(network, loss("squared"), sgd(0.5f), batches_of(2));
    trainer.train(network, data, 1);
    CHECK(trainer.state().segment(4, 4) == Eigen::Vector4f(0, 1, -2, -2));
  }
  SUBCASE("in one batch of all five, nothing is carried") {
    Trainer trainer(network, loss("squared"), sgd(0.5f), batches_of(5));
    trainer.train(network, data, 1);
    CHECK(trainer.state().segment(4, 4) == Eigen::Vector4f::Zero());
  }
}

TEST_CASE("a batch size of one is plain SGD, one example at a time") {
  // Examples (1, 1), (2, 0), η = 0.25 from w = b = 0.
  // Example 0: r = −1: w = 0.25, b = 0.25.   Example 1 at (0.25, 0.25): r = 0.75, ∂w = 1.5
  //   w = 0.25 − 0.25·1.5 = −0.125, b = 0.25 − 0.25·0.75 = 0.0625
  Network network = linear_neuron(0, 0);
  Trainer trainer(network, loss("squared"), sgd(0.25f), batches_of(1));
  trainer.train(network, examples({1, 2}, {1, 0}), 1);
  CHECK(weight(network) == doctest::Approx(-0.125));
  CHECK(bias(network) == doctest::Approx(0.0625));
}

TEST_CASE("a batch of the whole data, or more, is one step per epoch with the mean gradient") {
  // Examples (1, 1), (2, 0), η = 0.25 from w = b = 0: r = (−1, 0), ∂w mean −1/2, ∂b mean −1/2
  //   w = b = 0.125; the epoch's loss is ½(1 + 0)/2 = 0.25.
  int batch_size = 2;
  SUBCASE("a batch of exactly the data") { batch_size = 2; }
  SUBCASE("a batch larger than the data") { batch_size = 10; }
  Network network = linear_neuron(0, 0);
  Trainer trainer(network, loss("squared"), sgd(0.25f), batches_of(batch_size));
  std::vector<double> history = trainer.train(network, examples({1, 2}, {1, 0}), 1);
  CHECK(weight(network) == doctest::Approx(0.125));
  CHECK(bias(network) == doctest::Approx(0.125));
  CHECK(history == std::vector<double>{0.25});
}

TEST_CASE("shuffling reorders the examples each epoch from the shuffle seed") {
  const Examples data = five_examples();
  SUBCASE("with one example per step, a shuffled run is the unshuffled run on the permuted data") {
    // Each epoch shuffles the examples in their own order afresh (Fisher–Yates, one Random(seed) for the run).
    Network shuffled = linear_neuron(0.3f, -0.2f);
    Trainer trainer(shuffled, loss("squared"), sgd(0.1f), batches_of(1, true, 42));
    trainer.train(shuffled, data, 3);

    Network reference = linear_neuron(0.3f, -0.2f);
    Trainer in_order(reference, loss("squared"), sgd(0.1f), batches_of(1));
    Random random(42);
    std::vector<Eigen::Index> order(5);
    for (int epoch = 0; epoch < 3; ++epoch) {
      std::iota(order.begin(), order.end(), 0);
      random.shuffle(order);
      Examples permuted = data;
      for (std::size_t i = 0; i < order.size(); ++i) {
        permuted.inputs.col(static_cast<Eigen::Index>(i)) = data.inputs.col(order[i]);
        permuted.targets.col(static_cast<Eigen::Index>(i)) = data.targets.col(order[i]);
      }
      in_order.train(reference, permuted, 1);
    }
    CHECK(weight(shuffled) == weight(reference));
    CHECK(bias(shuffled) == bias(reference));
  }
  SUBCASE("with one batch of all the data the order does not matter") {
    Network shuffled = linear_neuron(0.3f, -0.2f), unshuffled = linear_neuron(0.3f, -0.2f);
    Trainer(shuffled, loss("squared"), sgd(0.1f), batches_of(5, true, 42)).train(shuffled, data, 3);
    Trainer(unshuffled, loss("squared"), sgd(0.1f), batches_of(5)).train(unshuffled, data, 3);
    CHECK(weight(shuffled) == doctest::Approx(weight(unshuffled)));
    CHECK(bias(shuffled) == doctest::Approx(bias(unshuffled)));
  }
}

TEST_CASE("divergence restores the last good epoch and throws a message saying so") {
  // x = 1e10, t = 0, η = 1 from w = 1, b = 0. Epoch 1: r = 1e10, ∂w = 1e20, ∂b = 1e10
  //   w = 1 − 1e20 ≈ −1e20, b = −1e10 (finite). Epoch 2: out ≈ −1e30, ½·out² = 5e59 overflows float.
  Network network = linear_neuron(1, 0);
  Trainer trainer(network, loss("squared"), sgd(1), batches_of(1));
  CHECK_THROWS_WITH_AS(trainer.train(network, examples({1e10f}, {0}), 3),
                       "training diverged in epoch 2: the loss became infinite. The learning rate (1) is probably too "
                       "high. The weights are kept as they were after epoch 1.",
                       DivergenceError);
  CHECK(trainer.epoch() == 1);
  CHECK(weight(network) == doctest::Approx(-1e20));
  CHECK(bias(network) == doctest::Approx(-1e10));
}

TEST_CASE("bad trainer settings are refused with a reason") {
  Network network = linear_neuron(0, 0);
  CHECK_THROWS_WITH_AS(Trainer(network, loss("squared"), sgd(0.1f), batches_of(0)),
                       "the batch size must be between 1 and 100000, not 0", std::invalid_argument);
  CHECK_THROWS_WITH_AS(Trainer(network, loss("binary_cross_entropy"), sgd(0.1f), batches_of(1)),
                       "the binary_cross_entropy loss needs a sigmoid output layer, not linear", std::invalid_argument);
  Trainer trainer(network, loss("squared"), sgd(0.1f), batches_of(2));
  CHECK_THROWS_WITH_AS(trainer.set_batch_size(-3), "the batch size must be between 1 and 100000, not -3", std::invalid_argument);
  // The configuration's limit: 100 000.
  CHECK_THROWS_WITH_AS(trainer.set_batch_size(100001), "the batch size must be between 1 and 100000, not 100001",
                       std::invalid_argument);
  CHECK(trainer.settings().batch_size == 2);
}
