#include "step_trace.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace nnplay {

namespace {

// The forward and backward pass over `examples` [network inputs, n]: fills `pass` and the gradient
// sums Σᵢ ∂Lᵢ/∂θ, and returns the summed loss.
double forward_backward(const Network& network, const Loss& loss, const Examples& examples, Pass& pass,
                        Gradients& sums) {
  const Eigen::MatrixXf& output = network.forward(examples.inputs, pass);  // [outputs, n]
  pass.delta.resize(pass.z.size());
  const double total = loss.total(pass.z.back(), output, examples.targets);
  loss.output_delta(pass.z.back(), output, examples.targets, network.head(), pass.delta.back());
  network.backward(examples.inputs, pass, sums);
  return total;
}

// One optimiser step with the mean gradient `sums · scale`: what it adds to each weight and bias,
// and what they become. The step is taken on copies, so the optimiser's own state is used but kept.
template <typename Trace>
void take_step(const Network& network, const Optimizer& optimizer, const Gradients& sums, float scale, Trace& trace) {
  Network stepped = network;
  Optimizer step = optimizer;
  step.step(stepped, sums, scale);
  for (std::size_t l = 0; l < network.layers().size(); ++l) {
    const Layer& after = stepped.layers()[l];
    trace.weight_changes.push_back(after.weights - network.layers()[l].weights);
    trace.bias_changes.push_back(after.biases - network.layers()[l].biases);
    trace.weights_after.push_back(after.weights);
    trace.biases_after.push_back(after.biases);
  }
}

}  // namespace

StepTrace trace_step(const Model& model, const Loss& loss, const Optimizer& optimizer,
                     const Eigen::Ref<const Eigen::VectorXf>& raw, float label) {
  const auto dimensions = static_cast<Eigen::Index>(model.input_names.size());
  if (raw.size() != dimensions) {
    throw std::invalid_argument("an example of this data has " + std::to_string(dimensions) + " inputs, not " +
                                std::to_string(raw.size()));
  }
  if (!raw.allFinite() || !std::isfinite(label)) {
    throw std::invalid_argument("the inputs and label of a traced example must be finite numbers");
  }
  // The example alone: prepare_examples reads only inputs and labels, so no copy of the data.
  Dataset one;
  one.inputs = raw;
  one.labels = Eigen::VectorXf::Constant(1, label);
  Examples example = prepare_examples(model, one);

  StepTrace trace;
  trace.inputs = example.inputs.col(0);
  trace.target = example.targets.col(0);
  Pass pass;
  Gradients gradients = model.network.zero_gradients();
  trace.loss = forward_backward(model.network, loss, example, pass, gradients);
  take_step(model.network, optimizer, gradients, 1.0f, trace);
  for (std::size_t l = 0; l < pass.z.size(); ++l) {
    trace.z.push_back(pass.z[l].col(0));
    trace.a.push_back(pass.a[l].col(0));
    trace.delta.push_back(pass.delta[l].col(0));
  }
  trace.weight_gradients = std::move(gradients.weights);
  trace.bias_gradients = std::move(gradients.biases);
  return trace;
}

BatchStepTrace trace_batch_step(const Model& model, const Loss& loss, const Optimizer& optimizer,
                                const Examples& batch) {
  if (batch.size() == 0) throw std::invalid_argument("a minibatch needs at least one example");
  const float scale = 1.0f / static_cast<float>(batch.size());
  BatchStepTrace trace;
  Pass pass;
  Gradients sums = model.network.zero_gradients();
  trace.loss = forward_backward(model.network, loss, batch, pass, sums) * scale;
  take_step(model.network, optimizer, sums, scale, trace);
  for (std::size_t l = 0; l < sums.weights.size(); ++l) {
    trace.weight_gradients.push_back(sums.weights[l] * scale);
    trace.bias_gradients.push_back(sums.biases[l] * scale);
  }
  return trace;
}

}  // namespace nnplay
