#include "model.h"

#include <stdexcept>

#include "checked_number.h"

namespace nnplay {

void Model::check_outputs() const {
  const int outputs = network.outputs();
  const bool softmax = !network.head().elementwise;
  if (classes == 0 && softmax) throw std::invalid_argument("regression needs a one-neuron output layer, not softmax");
  if (classes > 2 && (!softmax || outputs != classes)) {
    throw std::invalid_argument(std::to_string(classes) + " classes need a softmax output layer of " +
                                std::to_string(classes) + " neurons");
  }
  if (classes == 2 && softmax && outputs != 2) {
    throw std::invalid_argument("2 classes need one output neuron or a softmax of 2");
  }
}

Examples prepare_examples(const Model& model, const Dataset& data) {
  model.check_outputs();
  if (data.dimensions() != static_cast<int>(model.input_names.size()) && !model.input_names.empty()) {
    throw std::invalid_argument("the data has " + std::to_string(data.dimensions()) + " inputs, the model " +
                                std::to_string(model.input_names.size()));
  }
  Examples examples;
  model.transform.apply(data.inputs, examples.inputs);
  if (examples.inputs.rows() != model.network.spec().inputs) {
    throw std::invalid_argument("the network has " + std::to_string(model.network.spec().inputs) +
                                " inputs but the data gives " + std::to_string(examples.inputs.rows()));
  }
  examples.labels = data.labels;
  const int outputs = model.network.outputs();
  examples.targets.resize(outputs, data.size());
  if (model.classes == 0) {
    examples.targets.row(0) = ((data.labels.array() - model.target_mean) / model.target_scale).matrix().transpose();
    return examples;
  }
  for (Eigen::Index i = 0; i < data.size(); ++i) {
    const int label = whole_number(data.labels(i), [&] { return "the class of example " + std::to_string(i + 1); }, 0,
                                   model.classes - 1);
    if (outputs > 1) {
      examples.targets.col(i).setZero();
      examples.targets(label, i) = 1;
    } else if (model.network.head().name == "sigmoid") {
      examples.targets(0, i) = static_cast<float>(label);
    } else {
      examples.targets(0, i) = label == 1 ? 1.0f : -1.0f;
    }
  }
  return examples;
}

Eigen::MatrixXf predict(const Model& model, const Eigen::Ref<const Eigen::MatrixXf>& raw) {
  Eigen::MatrixXf inputs;
  model.transform.apply(raw, inputs);
  Pass pass;
  Eigen::MatrixXf output = model.network.forward(inputs, pass);
  if (model.classes == 0) output = (output.array() * model.target_scale + model.target_mean).matrix();
  return output;
}

bool linear_formula(const Model& model, LinearFormula& formula) {
  const std::vector<Layer>& layers = model.network.layers();
  if (layers.size() != 1 || layers[0].activation->name != "linear" || !model.transform.features.empty()) return false;
  const Eigen::MatrixXf& w = layers[0].weights;  // [1, inputs]
  const bool standardised = model.transform.mean.size() > 0;
  // prediction = m + s·(b + Σ wᵢ·(xᵢ − μᵢ)/σᵢ) = m + s·(b − Σ wᵢμᵢ/σᵢ) + Σ (s·wᵢ/σᵢ)·xᵢ
  double inside = layers[0].biases(0);
  formula.coefficients.assign(static_cast<std::size_t>(w.cols()), 0.0);
  for (Eigen::Index i = 0; i < w.cols(); ++i) {
    const double mean = standardised ? model.transform.mean(i) : 0.0;
    const double scale = standardised ? model.transform.scale(i) : 1.0;
    inside -= w(0, i) * mean / scale;
    formula.coefficients[static_cast<std::size_t>(i)] = model.target_scale * w(0, i) / scale;
  }
  formula.intercept = model.target_mean + model.target_scale * inside;
  return true;
}

int predicted_class(const Model& model, const Eigen::Ref<const Eigen::VectorXf>& output) {
  if (output.size() > 1) {
    Eigen::Index best;
    output.maxCoeff(&best);
    return static_cast<int>(best);
  }
  const float threshold = model.network.head().name == "sigmoid" ? 0.5f : 0.0f;
  return output(0) >= threshold ? 1 : 0;
}

}  // namespace nnplay
