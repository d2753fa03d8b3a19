// Engine benchmarks, printed as one JSON object. Built natively and to wasm (run by Node) from
// this same file; scripts/bench.mjs runs both and compares them.
//   W1  TensorFlow Playground's default: circle, 250 training points, x and y, layers [4, 2], tanh,
//       batch 10, learning rate 0.03                                      → training examples/s
//   W2  spiral, 250 training points, all 7 features, 6 layers of 8, ReLU, batch 10, learning rate
//       0.03, L2 0.001                                                      → training examples/s
//   W3  every neuron and the output of the W2 network over a 100 × 100 grid → ms per evaluation
//   W4  one playground frame of W2: 20 epochs with their train and test loss, every neuron over a
//       36 × 36 grid and the output over a 100 × 100 one                   → ms per frame
//   W5  three spiral arms, x and y, [16, 16] tanh, softmax, Adam 0.01      → training examples/s
// Usage: nnplay_bench [seconds measured per figure, 2] [seconds of warm-up before each, 1]
// The configurations are those of bench/workloads.mjs, which times the same workloads through the
// WebAssembly module's JS API and in JavaScript libraries (npm run bench).
#include <chrono>
#include <cstdio>
#include <functional>

#include "experiment.h"

using Clock = std::chrono::steady_clock;
using nlohmann::json;

namespace {

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Runs `work` for `warm_up` seconds (V8 compiles wasm in tiers), then repeats it for at least
// `measure` seconds; returns the calls per second.
double rate(const std::function<void()>& work, double warm_up, double measure) {
  Clock::time_point start = Clock::now();
  while (seconds_since(start) < warm_up) work();
  long calls = 0;
  start = Clock::now();
  double elapsed = 0;
  while ((elapsed = seconds_since(start)) < measure) {
    work();
    ++calls;
  }
  return static_cast<double>(calls) / elapsed;
}

json playground_default() {
  return {{"dataset", {{"name", "circle"}, {"trainPercent", 50}}},
          {"features", {"x", "y"}},
          {"network", {{"hidden", {4, 2}}, {"activation", "tanh"}}},
          {"optimizer", {{"learningRate", 0.03}}},
          {"batchSize", 10},
          {"shuffle", false}};
}

json deep_spiral() {
  return {{"dataset", {{"name", "spiral"}, {"trainPercent", 50}}},
          {"features", {"x", "y", "xSquared", "ySquared", "xTimesY", "sinX", "sinY"}},
          {"network", {{"hidden", {8, 8, 8, 8, 8, 8}}, {"activation", "relu"}}},
          {"optimizer", {{"learningRate", 0.03}, {"regularization", "L2"}, {"regularizationRate", 0.001}}},
          {"batchSize", 10},
          {"shuffle", false}};
}

json three_spirals() {
  return {{"dataset", {{"name", "spirals"}, {"classes", 3}, {"trainPercent", 50}}},
          {"features", {"x", "y"}},
          {"network", {{"hidden", {16, 16}}, {"activation", "tanh"}, {"output", "softmax"}}},
          {"loss", "cross_entropy"},
          {"optimizer", {{"name", "adam"}, {"learningRate", 0.01}}},
          {"batchSize", 10},
          {"shuffle", false}};
}

// Restarting from the initial weights keeps a long run from drifting into dead or saturated units.
void train_from_start(nnplay::Experiment& experiment, int epochs) {
  if (experiment.epoch() > 2000) experiment.reset();
  experiment.train(epochs);
}

}  // namespace

int main(int argc, char** argv) {
  const double measure = argc > 1 ? std::atof(argv[1]) : 2.0;
  const double warm_up = argc > 2 ? std::atof(argv[2]) : 1.0;
  const int epochs_per_call = 20;
  json results;
  for (auto [name, config] : {std::pair{"W1", playground_default()}, std::pair{"W2", deep_spiral()},
                              std::pair{"W5", three_spirals()}}) {
    nnplay::Experiment experiment(config);
    const double examples = static_cast<double>(experiment.train_data().size()) * epochs_per_call;
    double calls = rate([&] { train_from_start(experiment, epochs_per_call); }, warm_up, measure);
    results[name] = {{"examplesPerSecond", calls * examples}};
  }
  nnplay::Experiment experiment(deep_spiral());
  experiment.train(50);
  // Setting a bias to its own value marks the weights changed, so each call runs the forward pass
  // instead of reading the grids' cache.
  const float bias = experiment.model().network.layers()[0].biases(0);
  double grids = rate([&] {
    experiment.set_bias(0, 0, bias);
    experiment.neuron_grids(100);
    experiment.output_grid(100);
  }, warm_up, measure);
  results["W3"] = {{"millisecondsPerGrid", 1000.0 / grids}};
  nnplay::Experiment playing(deep_spiral());
  double frames = rate([&] {
    train_from_start(playing, 20);
    playing.neuron_grids(36);
    playing.output_grid(100);
  }, warm_up, measure);
  results["W4"] = {{"millisecondsPerFrame", 1000.0 / frames}};
  std::printf("%s\n", results.dump().c_str());
  return 0;
}
