#include "step_trace.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace nnplay {

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
  const Network& network = model.network;
  const Eigen::MatrixXf& output = network.forward(example.inputs, pass);  // [outputs, 1]
  pass.delta.resize(pass.z.size());
  trace.loss = loss.total(pass.z.back(), output, example.targets);
  loss.output_delta(pass.z.back(), output, example.targets, network.head(), pass.delta.back());
  Gradients gradients = network.zero_gradients();
  network.backward(example.inputs, pass, gradients);

  // The step is taken on copies, so the optimiser's own state is used but kept.
  Network stepped = network;
  Optimizer step = optimizer;
  step.step(stepped, gradients);
  for (std::size_t l = 0; l < pass.z.size(); ++l) {
    trace.z.push_back(pass.z[l].col(0));
    trace.a.push_back(pass.a[l].col(0));
    trace.delta.push_back(pass.delta[l].col(0));
    trace.weight_changes.push_back(stepped.layers()[l].weights - network.layers()[l].weights);
    trace.bias_changes.push_back(stepped.layers()[l].biases - network.layers()[l].biases);
  }
  trace.weight_gradients = std::move(gradients.weights);
  trace.bias_gradients = std::move(gradients.biases);
  return trace;
}

}  // namespace nnplay
