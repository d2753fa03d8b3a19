#include <doctest/doctest.h>

#include <cmath>

#include "activation.h"
#include "dataset.h"
#include "experiment.h"
#include "presets.h"
#include "loss.h"

using Eigen::MatrixXf;
using namespace nnplay;

namespace {
float apply(const char* name, float z) {
  MatrixXf in = MatrixXf::Constant(1, 1, z), out;
  activation(name).apply(in, out);
  return out(0, 0);
}
}  // namespace

TEST_CASE("the article's sigmoid values: σ(−3) = 4.74%, σ(2.9925) = 95.22%") {
  CHECK(apply("sigmoid", -3.0f) == doctest::Approx(0.0474).epsilon(1e-3));
  CHECK(apply("sigmoid", 2.9925f) == doctest::Approx(0.9522).epsilon(1e-3));
}

TEST_CASE("the article's driving-test network: person A fails, person B passes") {
  const Model model = driving_test_model();
  CHECK(model.neuron_names[0] == std::vector<std::string>{"parking", "road driving"});
  MatrixXf people(3, 2);
  people << 20, 50,  // age
      0, 1,          // sex: A male, B female
      10, 20;        // lessons
  Pass pass;
  const MatrixXf& pass_probability = model.network.forward(people, pass);
  // A: parking = ReLU(4·20 + 0 + 3·10 − 110) = 0, road = ReLU(4·20 − 0 + 6·10 − 140) = 0 → σ(−3)
  CHECK(pass.a[0](0, 0) == 0.0f);
  CHECK(pass.a[0](1, 0) == 0.0f);
  CHECK(pass_probability(0, 0) == doctest::Approx(0.0474).epsilon(1e-3));
  // B: parking = 200 + 0.5 + 60 − 110 = 150.5, road = 200 − 0.5 + 120 − 140 = 179.5
  //    → σ(0.01·150.5 + 0.025·179.5 − 3) = σ(2.9925)
  CHECK(pass.a[0](0, 1) == doctest::Approx(150.5));
  CHECK(pass.a[0](1, 1) == doctest::Approx(179.5));
  CHECK(pass.z[1](0, 1) == doctest::Approx(2.9925));
  CHECK(pass_probability(0, 1) == doctest::Approx(0.9522).epsilon(1e-3));
  CHECK(driving_test_pass_probability(50, 1, 20) == doctest::Approx(pass_probability(0, 1)));
}

TEST_CASE("the driving preset starts from the article's network and trains on data drawn from it") {
  Experiment experiment(preset_config("driving"));
  CHECK(experiment.model().neuron_names[0][0] == "parking");
  CHECK(experiment.network_json()["layers"][0]["names"][1] == "road driving");
  EpochStats start = experiment.evaluate();
  // The data is drawn from this very network: it already predicts well, and training keeps it so.
  CHECK(start.test_accuracy > 0.8);
  CHECK(experiment.train(20).test_accuracy > 0.8);
  CHECK_THROWS_WITH_AS(preset_config("cars"), "unknown preset \"cars\" (known: houses, driving)",
                       std::invalid_argument);
}

TEST_CASE("the softmax loss is −log of the probability of the correct class") {
  // The hot-dog example: a model sure of the right class has a low loss, a doubtful one a higher loss.
  MatrixXf target(2, 1);
  target << 1, 0;  // class 0 is "hot dog"
  auto loss_of = [&](float hot_dog, float other) {
    MatrixXf z(2, 1), a;
    z << hot_dog, other;
    activation("softmax").apply(z, a);
    CHECK(loss("cross_entropy").total(z, a, target) == doctest::Approx(-std::log(a(0, 0))).epsilon(1e-5));
    return loss("cross_entropy").total(z, a, target);
  };
  CHECK(loss_of(3.0f, -1.0f) < loss_of(0.5f, 0.2f));
}

TEST_CASE("a linear model's formula is in the units of its inputs: the article's house prices") {
  // Worked by hand: inputs standardised with μ = (100, 2), σ = (50, 1); network output
  // o = 0.5·u₁ − 0.25·u₂ + 0.1; price = 1000 + 200·o. So
  //   coefficient₁ = 200·0.5/50 = 2, coefficient₂ = 200·(−0.25)/1 = −50,
  //   intercept = 1000 + 200·(0.1 − 0.5·100/50 + 0.25·2/1) = 1000 + 200·(−0.4) = 920.
  Model model{InputTransform{}, Network({2, {{1, "linear"}}}), 0, {"size", "stories"}, {}, "price", 1000.0f, 200.0f, {}};
  model.transform.mean.resize(2);
  model.transform.mean << 100, 2;
  model.transform.scale.resize(2);
  model.transform.scale << 50, 1;
  model.network.layers()[0].weights << 0.5f, -0.25f;
  model.network.layers()[0].biases << 0.1f;
  LinearFormula formula;
  REQUIRE(linear_formula(model, formula));
  CHECK(formula.coefficients[0] == doctest::Approx(2.0));
  CHECK(formula.coefficients[1] == doctest::Approx(-50.0));
  CHECK(formula.intercept == doctest::Approx(920.0));
  CHECK_FALSE(linear_formula(driving_test_model(), formula));

  // The houses preset learns the article's numbers: 90.3 per m², 1006.2 per story, −40.5 per metre
  // to school (within 2%), from data drawn with them plus noise.
  Experiment houses(preset_config("houses"));
  houses.train(100);
  REQUIRE(linear_formula(houses.model(), formula));
  CHECK(formula.coefficients[0] == doctest::Approx(90.3).epsilon(0.02));
  CHECK(formula.coefficients[1] == doctest::Approx(1006.2).epsilon(0.02));
  CHECK(formula.coefficients[2] == doctest::Approx(-40.5).epsilon(0.02));
}

TEST_CASE("training the driving preset lowers its loss and keeps the article's answers for persons A and B") {
  // The data is drawn from the article's network, so that network is already the best model in
  // expectation: training must not wander from it. Full-batch gradient descent with small steps
  // lowers the training loss at every step and leaves the test loss where it was (within 0.001).
  Experiment experiment(preset_config("driving"));
  const EpochStats before = experiment.evaluate();
  const EpochStats after = experiment.train(100);
  CHECK(after.train_loss < before.train_loss);
  CHECK(after.test_loss < before.test_loss + 0.001);
  MatrixXf people(3, 2);
  people << 20, 50,  // age
      0, 1,          // sex: A male, B female
      10, 20;        // lessons
  const MatrixXf pass = predict(experiment.model(), people);
  // The article: A σ(−3) = 4.74%, B σ(2.9925) = 95.22%; within half a percentage point.
  CHECK(std::abs(pass(0, 0) - 0.0474) < 0.005);
  CHECK(std::abs(pass(0, 1) - 0.9522) < 0.005);
}
