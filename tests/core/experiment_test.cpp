#include <doctest/doctest.h>

#include <cmath>

#include "experiment.h"
#include "gradient_check.h"
#include "model_file.h"

using nlohmann::json;
using namespace nnplay;

namespace {

json circle_config() {
  return {{"dataset", {{"name", "circle"}, {"seed", 3}}}, {"network", {{"hidden", {4, 2}}}}, {"shuffle", false}};
}

}  // namespace

TEST_CASE("a bad configuration is refused with the path of the bad value") {
  CHECK_THROWS_WITH_AS(Experiment(std::string("{\"dataset\": ")), doctest::Contains("not valid JSON"),
                       std::invalid_argument);
  CHECK_THROWS_WITH_AS(Experiment(json{{"optimizer", {{"learningRate", "fast"}}}}),
                       "config.optimizer.learningRate must be a number, not \"fast\"", std::invalid_argument);
  CHECK_THROWS_WITH_AS(Experiment(json{{"optimiser", {}}}), "unknown setting config.optimiser", std::invalid_argument);
  CHECK_THROWS_WITH_AS(Experiment(json{{"network", {{"hidden", {4, 0}}}}}),
                       "hidden layer 2 has 0 neurons; it needs 1 to 32", std::invalid_argument);
  CHECK_THROWS_WITH_AS(Experiment(json{{"network", {{"activation", "sigmoidal"}}}}),
                       doctest::Contains("unknown activation \"sigmoidal\""), std::invalid_argument);
  CHECK_THROWS_WITH_AS(Experiment(json{{"features", {"x", "z"}}}), doctest::Contains("unknown input feature \"z\""),
                       std::invalid_argument);
  CHECK_THROWS_WITH_AS(Experiment(json{{"loss", "cross_entropy"}}),
                       "the cross_entropy loss needs a softmax output layer, not tanh", std::invalid_argument);
  CHECK_THROWS_WITH_AS(Experiment(json{{"batchSize", 0}}), "config.batchSize must be between 1 and 100000, not 0",
                       std::invalid_argument);
}

TEST_CASE("reset returns to the same initial weights and the same training run") {
  Experiment experiment(circle_config());
  EpochStats first = experiment.train(5);
  experiment.reset();
  CHECK(experiment.epoch() == 0);
  EpochStats again = experiment.train(5);
  CHECK(again.train_loss == first.train_loss);
  CHECK(again.test_loss == first.test_loss);
}

TEST_CASE("regenerating the data keeps the network and its training") {
  Experiment experiment(circle_config());
  experiment.train(3);
  const json network = experiment.network_json();
  const Eigen::MatrixXf before = experiment.train_data().inputs;
  experiment.regenerate_data(99);
  CHECK(experiment.train_data().inputs != before);
  CHECK(experiment.train_data().size() == 250);
  CHECK(experiment.network_json() == network);
  CHECK(experiment.epoch() == 3);
  CHECK(experiment.config()["dataset"]["seed"] == 99);
}

TEST_CASE("learning rate, regularisation and batch size change mid-training without a reset") {
  Experiment experiment(circle_config());
  experiment.train(3);
  const json before = experiment.network_json();
  experiment.set_learning_rate(0.1f);
  experiment.set_regularization("L2", 0.01f);
  experiment.set_batch_size(5);
  CHECK(experiment.network_json() == before);
  CHECK(experiment.epoch() == 3);
  experiment.train(1);
  CHECK(experiment.epoch() == 4);
  CHECK_THROWS_AS(experiment.set_learning_rate(std::nanf("")), std::invalid_argument);
  CHECK_THROWS_AS(experiment.set_regularization("L5", 0.1f), std::invalid_argument);
}

TEST_CASE("divergence stops training, keeps the last good weights and says why") {
  json config = circle_config();
  config["optimizer"] = {{"learningRate", 1e9}};
  config["network"]["activation"] = "relu";
  config["network"]["output"] = "linear";
  Experiment experiment(config);
  const json before = experiment.network_json();
  CHECK_THROWS_WITH_AS(experiment.train(50), doctest::Contains("learning rate (1e+09) is probably too high"),
                       DivergenceError);
  CHECK(experiment.epoch() == 0);
  CHECK(experiment.network_json() == before);
}

TEST_CASE("a divergence with Adam says its steps are about the learning rate, whatever the gradient") {
  json config = circle_config();
  config["optimizer"] = {{"name", "adam"}, {"learningRate", 1e9}};
  config["network"]["activation"] = "relu";
  config["network"]["output"] = "linear";
  Experiment experiment(config);
  CHECK_THROWS_WITH_AS(experiment.train(50),
                       doctest::Contains("learning rate (1e+09) is probably too high for Adam, whose steps are about "
                                         "the learning rate in size whatever the gradient."),
                       DivergenceError);
}

TEST_CASE("neuron grids hold every neuron's value over the plane, the output grid the output") {
  Experiment experiment(circle_config());
  experiment.train(10);
  const int resolution = 7;
  const std::vector<float> grids = experiment.neuron_grids(resolution);
  const std::vector<float> output = experiment.output_grid(resolution);
  const std::size_t cells = resolution * resolution;
  // Neurons: 2 inputs (x, y), 4 + 2 hidden, 1 output.
  REQUIRE(grids.size() == 9 * cells);
  // Row 0 is the top (y = 6), column 0 the left (x = −6): input x at the last cell of row 0 is +6.
  CHECK(grids[resolution - 1] == doctest::Approx(6.0));
  CHECK(grids[cells + 0] == doctest::Approx(6.0));
  for (std::size_t cell = 0; cell < cells; ++cell) CHECK(grids[8 * cells + cell] == output[cell]);
  // The same point through predict().
  Eigen::MatrixXf point(2, 1);
  point << grids[3], grids[cells + 3];
  CHECK(predict(experiment.model(), point)(0, 0) == doctest::Approx(output[3]));
}

TEST_CASE("class grids of four blobs: each class's probability over the plane, as predict() gives it") {
  Experiment experiment(json{{"dataset", {{"name", "blobs"}, {"classes", 4}, {"seed", 2}}}, {"network", {{"hidden", {5}}}}});
  experiment.train(5);
  CHECK(experiment.network_json()["classes"] == json{"class 1", "class 2", "class 3", "class 4"});
  const int resolution = 5;
  const std::size_t cells = resolution * resolution;
  const std::vector<float> probabilities = experiment.class_grids(resolution);
  REQUIRE(probabilities.size() == 4 * cells);
  const Eigen::MatrixXf points = grid_points(resolution);  // [2, cells]
  const Eigen::MatrixXf predicted = predict(experiment.model(), points);  // [4, cells]: the softmax's outputs
  for (std::size_t cell = 0; cell < cells; ++cell) {
    double sum = 0;
    for (std::size_t k = 0; k < 4; ++k) {
      CHECK(probabilities[k * cells + cell] ==
            doctest::Approx(predicted(static_cast<Eigen::Index>(k), static_cast<Eigen::Index>(cell))).epsilon(1e-5));
      sum += probabilities[k * cells + cell];
    }
    CHECK(sum == doctest::Approx(1.0).epsilon(1e-5));
  }
  CHECK(Experiment(circle_config()).network_json()["classes"] == json{"negative", "positive"});
}

TEST_CASE("the grids follow training, reset and edits, whichever resolution was asked last") {
  Experiment experiment(circle_config());
  const std::vector<float> initial = experiment.output_grid(6);
  const std::vector<float> initial_neurons = experiment.neuron_grids(4);
  experiment.train(2);
  CHECK(experiment.output_grid(6) != initial);
  CHECK(experiment.neuron_grids(4) != initial_neurons);
  experiment.reset();
  CHECK(experiment.output_grid(6) == initial);
  experiment.set_bias(0, 1, 0.8f);
  // Neuron 3 is the first hidden layer's unit 1 (after the inputs x and y).
  const std::vector<float> edited = experiment.neuron_grid(4, 3);
  CHECK(edited != std::vector<float>(initial_neurons.begin() + 3 * 16, initial_neurons.begin() + 4 * 16));
  const std::vector<float> all = experiment.neuron_grids(4);
  CHECK(edited == std::vector<float>(all.begin() + 3 * 16, all.begin() + 4 * 16));
}

TEST_CASE("editing a weight changes the output at once") {
  Experiment experiment(circle_config());
  const std::vector<float> before = experiment.output_grid(5);
  experiment.set_weight(0, 1, 0, 3.0f);
  CHECK(experiment.network_json()["layers"][0]["weights"][1][0] == 3.0f);
  CHECK(experiment.output_grid(5) != before);
  experiment.set_bias(2, 0, -0.5f);
  CHECK(experiment.network_json()["layers"][2]["biases"][0] == -0.5f);
  CHECK_THROWS_WITH_AS(experiment.set_weight(3, 0, 0, 1.0f), "layer 3 does not exist (0..2)", std::invalid_argument);
  CHECK_THROWS_AS(experiment.set_bias(0, 0, INFINITY), std::invalid_argument);
}

TEST_CASE("a step trace holds the real gradient and the change the step applies") {
  json config = circle_config();
  config["optimizer"] = {{"learningRate", 0.1}};
  Experiment experiment(config);
  Eigen::Vector2f point(1.5f, -2.0f);
  StepTrace trace = experiment.trace(point, 1.0f);
  CHECK(trace.inputs == point);
  CHECK(trace.target(0) == 1.0f);  // class 1 of a tanh head is +1
  // loss = ½(a − t)²
  CHECK(trace.loss == doctest::Approx(0.5 * std::pow(trace.a.back()(0) - 1.0f, 2)));
  for (std::size_t l = 0; l < trace.z.size(); ++l) {
    CHECK(trace.weight_changes[l].isApprox(-0.1f * trace.weight_gradients[l]));
    CHECK(trace.bias_changes[l].isApprox(-0.1f * trace.bias_gradients[l]));
  }
  // Against central differences of the same loss.
  Network network = experiment.model().network;
  Gradients analytic{trace.weight_gradients, trace.bias_gradients};
  testing::check_gradients(network, analytic, [&] {
    Pass pass;
    float a = network.forward(trace.inputs, pass)(0, 0);
    return 0.5 * std::pow(a - 1.0, 2);
  }, 1e-3f);
}

TEST_CASE("a saved model loads back into the same network with the same predictions") {
  Experiment trained(json{{"dataset", {{"name", "houses"}, {"noise", 0.05}}},
                          {"network", {{"hidden", {5}}, {"activation", "relu"}}},
                          {"optimizer", {{"name", "adam"}, {"learningRate", 0.01}}}});
  trained.train(5);
  json saved = trained.save();
  Model loaded = model_from_json(json::parse(saved.dump()));
  CHECK(loaded.transform.mean == trained.model().transform.mean);
  CHECK(loaded.target_scale == trained.model().target_scale);
  for (std::size_t l = 0; l < loaded.network.layers().size(); ++l) {
    CHECK(loaded.network.layers()[l].weights == trained.model().network.layers()[l].weights);
    CHECK(loaded.network.layers()[l].biases == trained.model().network.layers()[l].biases);
  }
  const Eigen::MatrixXf& inputs = trained.test_data().inputs;
  CHECK(predict(loaded, inputs) == predict(trained.model(), inputs));
  CHECK(model_to_json(loaded, saved["training"]) == saved);

  SUBCASE("training can start from the saved model") {
    json config = saved["training"]["config"];
    config["model"] = saved;
    config.erase("network");
    Experiment resumed(config);
    CHECK(resumed.evaluate().test_loss == doctest::Approx(trained.evaluate().test_loss));
  }
}

TEST_CASE("a configuration of a saved model alone trains on the model's data, with the same predictions") {
  json config = circle_config();
  config["dataset"]["noise"] = 0.2;
  config["network"]["hidden"] = {3};
  Experiment trained(config);
  trained.train(4);
  Experiment loaded(json{{"model", json::parse(trained.save().dump())}});
  CHECK(loaded.config()["dataset"]["noise"] == 0.2);
  CHECK(loaded.train_data().inputs == trained.train_data().inputs);
  CHECK(loaded.test_data().labels == trained.test_data().labels);
  CHECK(loaded.evaluate().test_loss == doctest::Approx(trained.evaluate().test_loss));
  CHECK(loaded.output_grid(9) == trained.output_grid(9));
  CHECK(loaded.neuron_grids(9) == trained.neuron_grids(9));
  CHECK(loaded.network_json() == trained.network_json());

  SUBCASE("data given with the model is used instead") {
    Experiment elsewhere(json{{"model", trained.save()}, {"dataset", {{"name", "xor"}}}});
    CHECK(elsewhere.config()["dataset"]["name"] == "xor");
  }
  SUBCASE("a model that does not fit the data is refused") {
    CHECK_THROWS_WITH_AS(Experiment(json{{"model", trained.save()}, {"dataset", {{"name", "houses"}}}}),
                         "the data has no input \"x1\" (the model reads x1, x2; the data has size_m2, stories, "
                         "distance_to_school_m)",
                         std::invalid_argument);
  }
}

TEST_CASE("a malformed model file gets an error naming what and where") {
  Experiment experiment(circle_config());
  json model = experiment.save();
  SUBCASE("not a model") {
    CHECK_THROWS_WITH_AS(model_from_json(json{{"layers", json::array()}}),
                         "model.format must be \"nnplay-model\": this is not an nnplay model", std::invalid_argument);
  }
  SUBCASE("a newer version") {
    model["version"] = 7;
    CHECK_THROWS_WITH_AS(model_from_json(model), "model.version 7 is not supported (this nnplay reads version 1)",
                         std::invalid_argument);
  }
  SUBCASE("a short row of weights") {
    model["layers"][1]["weights"][0].erase(0);
    CHECK_THROWS_WITH_AS(model_from_json(model), "model.layers[1].weights[0] has 3 numbers, but 4 are needed",
                         std::invalid_argument);
  }
  SUBCASE("a weight that is not a number") {
    model["layers"][0]["biases"][2] = "heavy";
    CHECK_THROWS_WITH_AS(model_from_json(model), "model.layers[0].biases[2] must be a finite number, not \"heavy\"",
                         std::invalid_argument);
  }
  SUBCASE("an unknown activation") {
    model["layers"][0]["activation"] = "wiggly";
    CHECK_THROWS_WITH_AS(model_from_json(model), doctest::Contains("unknown activation \"wiggly\""),
                         std::invalid_argument);
  }
}
