#include <doctest/doctest.h>

#include <cmath>

#include "experiment.h"
#include "report_json.h"
#include "small_network.h"
#include "step_trace.h"
#include "trainer.h"

using namespace nnplay;

namespace {

// testing::small_network on two raw inputs; two classes (targets ±1).
Model small_model() {
  return {InputTransform{}, testing::small_network(), 2, {"a", "b"}, {"no", "yes"}, "label", 0.0f, 1.0f, {}};
}

Examples examples_of(const Model& model, const Eigen::MatrixXf& inputs, const Eigen::VectorXf& labels) {
  Dataset data;
  data.inputs = inputs;
  data.labels = labels;
  return prepare_examples(model, data);
}

OptimizerSettings settings(const char* name, const char* regularization) {
  OptimizerSettings s;
  s.name = name;
  s.learning_rate = 0.1f;
  s.regularization = regularization;
  s.regularization_rate = std::string(regularization) == "none" ? 0.0f : 0.2f;
  return s;
}

}  // namespace

TEST_CASE("a trace's changes are what one real training step on that example alone changes") {
  for (const std::pair<const char*, const char*>& optimizer : {std::pair{"sgd", "none"}, {"momentum", "none"},
                                                                {"adam", "none"}, {"sgd", "L1"}, {"momentum", "L1"},
                                                                {"adam", "L2"}}) {
    const char* name = optimizer.first;
    const char* regularization = optimizer.second;
    CAPTURE(name);
    CAPTURE(regularization);
    Model model = small_model();
    // Some training first, so momentum and Adam's moments are not zero.
    Eigen::MatrixXf inputs(2, 4);
    inputs << 1, -2, 0.5f, 3,  //
        2, 1, -1, -0.5f;
    TrainingSettings batches_of_one{1, false, 1};
    Trainer trainer(model.network, loss("squared"), settings(name, regularization), batches_of_one);
    trainer.train(model.network, examples_of(model, inputs, (Eigen::VectorXf(4) << 1, 0, 1, 0).finished()), 3);

    Eigen::Vector2f example(0.7f, -1.2f);
    StepTrace trace = trace_step(model, trainer.loss(), trainer.optimizer(), example, 1.0f);
    // The real step: one epoch of a one-example data set is one update with that example alone.
    Model stepped = model;
    Trainer copy = trainer;
    copy.train(stepped.network, examples_of(model, example, Eigen::VectorXf::Constant(1, 1.0f)), 1);
    for (std::size_t l = 0; l < 2; ++l) {
      CAPTURE(l);
      const Eigen::MatrixXf weight_change = stepped.network.layers()[l].weights - model.network.layers()[l].weights;
      const Eigen::VectorXf bias_change = stepped.network.layers()[l].biases - model.network.layers()[l].biases;
      CHECK(trace.weight_changes[l].isApprox(weight_change, 1e-6f));
      CHECK(trace.bias_changes[l].isApprox(bias_change, 1e-6f));
    }
  }
}

TEST_CASE("the first step of momentum, Adam and L1 follows their formulas") {
  const Model model = small_model();
  const Eigen::Vector2f example(0.7f, -1.2f);
  const float rate = 0.1f;
  auto first_trace = [&](const OptimizerSettings& s) {
    return trace_step(model, loss("squared"), Optimizer(s, model.network), example, 1.0f);
  };
  SUBCASE("momentum: v = 0·μ + g, so the change is −η g") {
    StepTrace trace = first_trace(settings("momentum", "none"));
    for (std::size_t l = 0; l < 2; ++l) {
      CHECK(trace.weight_changes[l].isApprox(-rate * trace.weight_gradients[l]));
      CHECK(trace.bias_changes[l].isApprox(-rate * trace.bias_gradients[l]));
    }
  }
  SUBCASE("Adam: m̂ = g, v̂ = g², so the change is −η g / (|g| + ε), about −η sign(g)") {
    StepTrace trace = first_trace(settings("adam", "none"));
    for (std::size_t l = 0; l < 2; ++l) {
      const Eigen::ArrayXXf g = trace.weight_gradients[l].array();
      const Eigen::ArrayXXf expected = -rate * g / (g.abs() + 1e-8f);
      CHECK(trace.weight_changes[l].array().isApprox(expected, 1e-5f));
      CHECK((trace.weight_changes[l].array().abs() - rate).abs().maxCoeff() < 1e-5f);
    }
  }
  SUBCASE("L1: w ← w − η g − η λ sign(w); a weight the penalty pushes across zero is 0; biases unregularised") {
    OptimizerSettings strong_l1 = settings("sgd", "L1");
    strong_l1.regularization_rate = 2.0f;
    StepTrace trace = first_trace(strong_l1);
    const float shrink = rate * 2.0f;  // η λ = 0.2: the weight 0.2 dies unless its gradient step is large
    int dead = 0;
    for (std::size_t l = 0; l < 2; ++l) {
      const Eigen::MatrixXf& w = model.network.layers()[l].weights;
      const Eigen::MatrixXf& g = trace.weight_gradients[l];
      for (Eigen::Index i = 0; i < w.size(); ++i) {
        const float after_gradient = w(i) - rate * g(i);
        const float penalised = after_gradient - shrink * (w(i) > 0 ? 1.0f : -1.0f);
        const float expected = (after_gradient * penalised < 0 ? 0.0f : penalised) - w(i);
        CHECK(trace.weight_changes[l](i) == doctest::Approx(expected).epsilon(1e-5));
        dead += after_gradient * penalised < 0;
      }
      CHECK(trace.bias_changes[l].isApprox(-rate * trace.bias_gradients[l]));
    }
    CHECK(dead > 0);
  }
}

TEST_CASE("a trace checks its example") {
  const Model model = small_model();
  const Optimizer optimizer(settings("sgd", "none"), model.network);
  CHECK_THROWS_WITH_AS(trace_step(model, loss("squared"), optimizer, Eigen::Vector3f(1, 2, 3), 1.0f),
                       "an example of this data has 2 inputs, not 3", std::invalid_argument);
  CHECK_THROWS_WITH_AS(trace_step(model, loss("squared"), optimizer, Eigen::Vector2f(1, NAN), 1.0f),
                       "the inputs and label of a traced example must be finite numbers", std::invalid_argument);
}

TEST_CASE("a minibatch's traced step is one real training step on those examples together") {
  for (const char* name : {"sgd", "momentum", "adam"}) {
    CAPTURE(name);
    const Model model = small_model();
    Eigen::MatrixXf inputs(2, 3);
    inputs << 1, -2, 0.5f,  //
        2, 1, -1;
    const Examples batch = examples_of(model, inputs, (Eigen::VectorXf(3) << 1, 0, 1).finished());
    const Optimizer optimizer(settings(name, "none"), model.network);
    BatchStepTrace trace = trace_batch_step(model, loss("squared"), optimizer, batch);

    // The mean of the three examples' own traces (each a batch of one) is the batch's loss and gradient.
    double loss_sum = 0;
    std::vector<Eigen::MatrixXf> gradient_sums = {Eigen::MatrixXf::Zero(2, 2), Eigen::MatrixXf::Zero(1, 2)};
    for (Eigen::Index i = 0; i < 3; ++i) {
      StepTrace one = trace_step(model, loss("squared"), optimizer, inputs.col(i), i == 1 ? 0.0f : 1.0f);
      loss_sum += one.loss;
      for (std::size_t l = 0; l < 2; ++l) gradient_sums[l] += one.weight_gradients[l];
    }
    CHECK(trace.loss == doctest::Approx(loss_sum / 3).epsilon(1e-6));
    // The real step: batch size 3 over these 3 examples is one update with all of them.
    Model stepped = model;
    Trainer trainer(model.network, loss("squared"), settings(name, "none"), TrainingSettings{3, false, 1});
    trainer.train(stepped.network, batch, 1);
    for (std::size_t l = 0; l < 2; ++l) {
      CAPTURE(l);
      CHECK(trace.weight_gradients[l].isApprox(gradient_sums[l] / 3, 1e-6f));
      const Eigen::MatrixXf change = stepped.network.layers()[l].weights - model.network.layers()[l].weights;
      CHECK(trace.weight_changes[l].isApprox(change, 1e-6f));
      CHECK(trace.weights_after[l] == stepped.network.layers()[l].weights);  // the same float operations
      const Eigen::VectorXf bias_change = stepped.network.layers()[l].biases - model.network.layers()[l].biases;
      CHECK(trace.bias_changes[l].isApprox(bias_change, 1e-6f));
    }
  }
  CHECK_THROWS_WITH_AS(trace_batch_step(small_model(), loss("squared"),
                                        Optimizer(settings("sgd", "none"), small_model().network), Examples{}),
                       "a minibatch needs at least one example", std::invalid_argument);
}

TEST_CASE("an experiment traces a training example and the minibatch from it on, wrapping round") {
  // circle: 500 points, half for training; batch size 10.
  Experiment experiment(nlohmann::json{{"dataset", {{"name", "circle"}, {"seed", 3}}}, {"batchSize", 10}});
  const Dataset& train = experiment.train_data();
  REQUIRE(train.size() == 250);
  const ExampleTrace trace = experiment.trace_example(247);
  CHECK(trace.index == 247);
  CHECK(trace.label == train.labels(247));
  CHECK(trace.minibatch == std::vector<int>{247, 248, 249, 0, 1, 2, 3, 4, 5, 6});
  const StepTrace alone = experiment.trace(train.inputs.col(247), train.labels(247));
  CHECK(trace.step.loss == alone.loss);
  CHECK(trace.step.weight_changes.back() == alone.weight_changes.back());
  CHECK_THROWS_WITH_AS(experiment.trace_example(250), "training example 250 does not exist (0..249)",
                       std::invalid_argument);

  const nlohmann::json j = trace_json(trace);
  CHECK(j["example"] == 247);
  CHECK(j["lossName"] == "squared");
  CHECK(j["minibatch"]["examples"].size() == 10);
  CHECK(j["minibatch"]["weightChanges"].size() == j["weightChanges"].size());
}
