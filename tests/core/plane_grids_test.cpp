#include <doctest/doctest.h>

#include <cmath>

#include "plane_grids.h"

using namespace nnplay;

namespace {

// A model of 2-D points with features x, y and one layer (the output) of explicit weights.
Model one_layer_model(const char* head, const Eigen::MatrixXf& weights, const Eigen::VectorXf& biases, int classes) {
  Network network({2, {{static_cast<int>(weights.rows()), head}}});
  network.layers()[0].weights = weights;
  network.layers()[0].biases = biases;
  InputTransform transform;
  transform.features = {"x", "y"};
  return {transform, network, classes, {"x1", "x2"}, {}, "label", 0.0f, 1.0f, {}};
}

// Resolution 3: cells row-major, x ∈ {−6, 0, 6} along a row, y = 6, 0, −6 down the rows.
constexpr float kX[9] = {-6, 0, 6, -6, 0, 6, -6, 0, 6};
constexpr float kY[9] = {6, 6, 6, 0, 0, 0, -6, -6, -6};

double sigma(double z) { return 1 / (1 + std::exp(-z)); }

}  // namespace

TEST_CASE("grid points run from (−6, 6) at the top left to (6, −6) at the bottom right") {
  Eigen::MatrixXf points = grid_points(3);
  for (int cell = 0; cell < 9; ++cell) {
    CHECK(points(0, cell) == kX[cell]);
    CHECK(points(1, cell) == kY[cell]);
  }
  CHECK_THROWS_WITH_AS(grid_points(1), "the grid resolution must be 2 to 1000, not 1", std::invalid_argument);
}

TEST_CASE("feature grids hold each Playground feature's value at each cell") {
  const std::vector<float> grids = feature_grids(3);
  REQUIRE(grids.size() == 7 * 9);
  for (int cell = 0; cell < 9; ++cell) {
    const double x = kX[cell], y = kY[cell];
    CHECK(grids[0 * 9 + cell] == doctest::Approx(x));
    CHECK(grids[1 * 9 + cell] == doctest::Approx(y));
    CHECK(grids[2 * 9 + cell] == doctest::Approx(x * x));
    CHECK(grids[3 * 9 + cell] == doctest::Approx(y * y));
    CHECK(grids[4 * 9 + cell] == doctest::Approx(x * y));
    CHECK(grids[5 * 9 + cell] == doctest::Approx(std::sin(x)));
    CHECK(grids[6 * 9 + cell] == doctest::Approx(std::sin(y)));
  }
}

TEST_CASE("the output grid reads each head as the page draws it") {
  PlaneGrids grids;
  SUBCASE("sigmoid, two classes: 2σ(z) − 1") {
    // z = 0.1x + 0.2y + 0.3; at (−6, 6): −0.6 + 1.2 + 0.3 = 0.9
    Model model = one_layer_model("sigmoid", (Eigen::MatrixXf(1, 2) << 0.1f, 0.2f).finished(),
                                  Eigen::VectorXf::Constant(1, 0.3f), 2);
    const std::vector<float>& output = grids.output(model, 3);
    REQUIRE(output.size() == 9);
    CHECK(output[0] == doctest::Approx(2 * sigma(0.9) - 1));
    for (int cell = 0; cell < 9; ++cell) {
      CHECK(output[cell] == doctest::Approx(2 * sigma(0.1 * kX[cell] + 0.2 * kY[cell] + 0.3) - 1));
    }
  }
  SUBCASE("softmax of two classes: 2·p(class 1) − 1 = p₁ − p₀") {
    // z₀ = x, z₁ = y: p₁ − p₀ = (e^y − e^x) / (e^x + e^y); at (0, 0) that is 0, at (−6, 6) nearly 1
    Model model = one_layer_model("softmax", Eigen::MatrixXf::Identity(2, 2), Eigen::VectorXf::Zero(2), 2);
    const std::vector<float>& output = grids.output(model, 3);
    for (int cell = 0; cell < 9; ++cell) {
      const double ex = std::exp(kX[cell]), ey = std::exp(kY[cell]);
      CHECK(output[cell] == doctest::Approx((ey - ex) / (ex + ey)));
    }
    CHECK(output[4] == doctest::Approx(0.0));
  }
  SUBCASE("softmax of three classes: the index of the most likely class") {
    // z = (x, 0.5y, 1): at (6, 6) → (6, 3, 1): class 0; at (−6, 6) → (−6, 3, 1): class 1;
    // at (0, 0) → (0, 0, 1): class 2; at (0, 6) → (0, 3, 1): 1; at (−6, −6) → (−6, −3, 1): 2.
    Eigen::MatrixXf weights(3, 2);
    weights << 1, 0,  //
        0, 0.5f,      //
        0, 0;
    Model model = one_layer_model("softmax", weights, (Eigen::VectorXf(3) << 0, 0, 1).finished(), 3);
    const std::vector<float> expected = {1, 1, 0,  //
                                         2, 2, 0,  //
                                         2, 2, 0};
    CHECK(grids.output(model, 3) == expected);
  }
  SUBCASE("regression: the prediction in the label's units, mean + scale · output") {
    // output = 0.5x − 0.5y + 1, value = 10 + 2 · output: at (−6, 6) 10 + 2·(−5) = 0, at (0, 0) 12, at (6, −6) 24
    Model model = one_layer_model("linear", (Eigen::MatrixXf(1, 2) << 0.5f, -0.5f).finished(),
                                  Eigen::VectorXf::Constant(1, 1.0f), 0);
    model.target_mean = 10;
    model.target_scale = 2;
    const std::vector<float>& output = grids.output(model, 3);
    CHECK(output[0] == doctest::Approx(0.0));
    CHECK(output[4] == doctest::Approx(12.0));
    CHECK(output[8] == doctest::Approx(24.0));
  }
  SUBCASE("tanh, two classes: the output itself") {
    // tanh(0.1x) at x = 6: tanh(0.6)
    Model model = one_layer_model("tanh", (Eigen::MatrixXf(1, 2) << 0.1f, 0.0f).finished(), Eigen::VectorXf::Zero(1), 2);
    CHECK(grids.output(model, 3)[2] == doctest::Approx(std::tanh(0.6)));
  }
}

TEST_CASE("class probability grids hold each class's probability, class by class") {
  PlaneGrids grids;
  SUBCASE("softmax of three classes: p_k = e^(z_k) / Σ e^(z_j), summing to 1 in every cell") {
    // z = (x, 0.5y, 1) as in the output grid's three-class case: at (0, 0) z = (0, 0, 1), so
    // p = (1, 1, e) / (2 + e); at (6, 6) z = (6, 3, 1), so p = (e⁶, e³, e) / (e⁶ + e³ + e).
    Eigen::MatrixXf weights(3, 2);
    weights << 1, 0,  //
        0, 0.5f,      //
        0, 0;
    Model model = one_layer_model("softmax", weights, (Eigen::VectorXf(3) << 0, 0, 1).finished(), 3);
    const std::vector<float> probabilities = grids.class_probabilities(model, 3);
    REQUIRE(probabilities.size() == 3 * 9);
    const double e = std::exp(1.0);
    CHECK(probabilities[0 * 9 + 4] == doctest::Approx(1 / (2 + e)));
    CHECK(probabilities[1 * 9 + 4] == doctest::Approx(1 / (2 + e)));
    CHECK(probabilities[2 * 9 + 4] == doctest::Approx(e / (2 + e)));
    const double sum = std::exp(6.0) + std::exp(3.0) + e;
    CHECK(probabilities[0 * 9 + 2] == doctest::Approx(std::exp(6.0) / sum));
    CHECK(probabilities[1 * 9 + 2] == doctest::Approx(std::exp(3.0) / sum));
    CHECK(probabilities[2 * 9 + 2] == doctest::Approx(e / sum));
    // The most likely class in each cell is the one the output grid names.
    const std::vector<float> output = grids.output(model, 3);
    for (int cell = 0; cell < 9; ++cell) {
      CHECK(probabilities[cell] + probabilities[9 + cell] + probabilities[18 + cell] == doctest::Approx(1.0));
      int best = 0;
      for (int k = 1; k < 3; ++k) {
        if (probabilities[k * 9 + cell] > probabilities[best * 9 + cell]) best = k;
      }
      CHECK(output[cell] == static_cast<float>(best));
    }
  }
  SUBCASE("sigmoid, two classes: 1 − σ(z) then σ(z)") {
    // z = 0.1x + 0.2y + 0.3; at (−6, 6): 0.9
    Model model = one_layer_model("sigmoid", (Eigen::MatrixXf(1, 2) << 0.1f, 0.2f).finished(),
                                  Eigen::VectorXf::Constant(1, 0.3f), 2);
    const std::vector<float>& probabilities = grids.class_probabilities(model, 3);
    REQUIRE(probabilities.size() == 2 * 9);
    CHECK(probabilities[0] == doctest::Approx(1 - sigma(0.9)));
    CHECK(probabilities[9] == doctest::Approx(sigma(0.9)));
  }
  SUBCASE("a tanh output or a regression has no probabilities") {
    Model tanh = one_layer_model("tanh", Eigen::MatrixXf::Zero(1, 2), Eigen::VectorXf::Zero(1), 2);
    CHECK_THROWS_WITH_AS(grids.class_probabilities(tanh, 3), "class probabilities need a softmax or sigmoid output, not a tanh output",
                         std::invalid_argument);
    Model regression = one_layer_model("linear", Eigen::MatrixXf::Zero(1, 2), Eigen::VectorXf::Zero(1), 0);
    CHECK_THROWS_WITH_AS(grids.class_probabilities(regression, 3),
                         "class probabilities need a softmax or sigmoid output, not a regression", std::invalid_argument);
  }
}

namespace {

// x, y, xy → 3 tanh → 2 relu → softmax of 3, with weights that differ everywhere.
Model deep_model() {
  InputTransform transform;
  transform.features = {"x", "y", "xTimesY"};
  Network network({3, {{3, "tanh"}, {2, "relu"}, {3, "softmax"}}});
  float value = 0.05f;
  for (Layer& layer : network.layers()) {
    for (Eigen::Index i = 0; i < layer.weights.size(); ++i) layer.weights.data()[i] = (value += 0.07f) * (i % 2 ? -1 : 1);
    layer.biases.setConstant(0.1f);
  }
  return {transform, network, 3, {"x1", "x2"}, {}, "label", 0.0f, 1.0f, {}};
}

}  // namespace

TEST_CASE("neuron grids: network inputs first, then each layer's units, and one neuron alone equals its slice") {
  Model model = deep_model();
  const int resolution = 5, cells = 25;
  PlaneGrids grids;
  const std::vector<float> all = grids.neurons(model, resolution);
  // 3 inputs + 3 + 2 + 3 units
  REQUIRE(all.size() == static_cast<std::size_t>(11 * cells));
  // Input 2 is xTimesY: at cell 0, (−6)·6 = −36.
  CHECK(all[2 * cells] == doctest::Approx(-36.0));
  for (int neuron = 0; neuron < 11; ++neuron) {
    const std::vector<float> slice(all.begin() + neuron * cells, all.begin() + (neuron + 1) * cells);
    CAPTURE(neuron);
    // From a fresh object (computed alone), and from one whose forward pass is current.
    PlaneGrids alone;
    CHECK(alone.neuron(model, resolution, neuron) == slice);
    CHECK(grids.neuron(model, resolution, neuron) == slice);
  }
  CHECK_THROWS_WITH_AS(grids.neuron(model, resolution, 11), "neuron 11 does not exist (0..10)", std::invalid_argument);
}

TEST_CASE("alternating resolutions gives the same grids, and a weight change is seen once announced") {
  Model model = deep_model();
  PlaneGrids grids;
  const std::vector<float> output36 = grids.output(model, 36);
  const std::vector<float> neurons100 = grids.neurons(model, 100);
  for (int round = 0; round < 3; ++round) {
    CHECK(grids.neurons(model, 36).size() == 11 * 36 * 36);
    CHECK(grids.output(model, 36) == output36);
    CHECK(grids.neurons(model, 100) == neurons100);
  }
  // The output grid of a resolution comes from the same pass as its neuron grids until the weights
  // change: an unannounced edit is not seen, an announced one is.
  model.network.layers()[0].biases(0) = 2.0f;
  CHECK(grids.output(model, 36) == output36);
  grids.weights_changed();
  PlaneGrids fresh;
  CHECK(grids.output(model, 36) != output36);
  CHECK(grids.output(model, 36) == fresh.output(model, 36));
  CHECK(grids.neurons(model, 100) == fresh.neurons(model, 100));
}

TEST_CASE("a grid beyond the 256 MB budget is refused before anything changes, and the grids stay usable") {
  // The largest network: 7 features, 8 hidden layers of 32, one output: 7 + 256 + 1 = 264 neurons,
  // (2 + 3·264) · 4 = 3176 bytes a cell; 256 MB / 3176 B = 84 520 cells, √84 520 = 290.7.
  NetworkSpec spec{7, std::vector<LayerSpec>(8, {32, "tanh"})};
  spec.layers.push_back({1, "tanh"});
  Network network(spec);
  Random random(1);
  initialize(network, "playground", random);
  InputTransform transform;
  transform.features = playground_feature_names();
  const Model model{transform, network, 2, {"x1", "x2"}, {}, "label", 0.0f, 1.0f, {}};

  PlaneGrids grids;
  const std::vector<float>& returned = grids.output(model, 50);
  const std::vector<float> output50 = returned;
  // 500² cells · 3176 B = 757 MB
  CHECK_THROWS_WITH_AS(grids.neurons(model, 500),
                       "a 500×500 grid of 264 neurons would need 757 MB, more than the 256 MB a grid may use: this "
                       "network's grids can be at most 290×290",
                       std::invalid_argument);
  CHECK_THROWS_AS(grids.output(model, 999), std::invalid_argument);
  CHECK(returned == output50);
  CHECK(grids.output(model, 50) == output50);
  PlaneGrids fresh;
  CHECK(grids.neurons(model, 20) == fresh.neurons(model, 20));
}
