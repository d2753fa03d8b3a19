#pragma once
#include <Eigen/Core>
#include <string>
#include <vector>

#include "dataset.h"
#include "input_transform.h"
#include "network.h"

namespace nnplay {

/// A network with everything needed to use it on raw inputs: the input transform, what the
/// outputs mean (classes or a standardised target) and the names of inputs and classes.
struct Model {
  InputTransform transform;
  Network network;
  int classes = 0;  // 0 for regression
  std::vector<std::string> input_names;
  std::vector<std::string> class_names;
  std::string label_name = "label";
  float target_mean = 0.0f;   // regression: output = target_mean + target_scale · network output
  float target_scale = 1.0f;
  /// Optional names of neurons, per layer (an empty list where a layer's neurons have none): the
  /// article's "parking" and "road driving", say.
  std::vector<std::vector<std::string>> neuron_names;

  /// Throws std::invalid_argument when the output layer cannot represent `classes`
  /// (regression and two classes: one unit, or two-unit softmax; k > 2 classes: k-unit softmax).
  void check_outputs() const;
};

/// Dataset examples in the form the network trains on.
struct Examples {
  Eigen::MatrixXf inputs;   // [network inputs, examples]
  Eigen::MatrixXf targets;  // [outputs, examples], encoded for the output activation
  Eigen::VectorXf labels;   // [examples] class index, or target value in the data's units

  Eigen::Index size() const { return inputs.cols(); }
};

/// Encodes labels for the head: one unit with sigmoid → 0/1, other one-unit heads → −1/+1 (the
/// Playground's labels), softmax → one-hot; regression → (label − target_mean) / target_scale.
Examples prepare_examples(const Model& model, const Dataset& data);

/// The outputs for raw inputs [dimensions, examples] → [outputs, examples]; for regression in the
/// label's units.
Eigen::MatrixXf predict(const Model& model, const Eigen::Ref<const Eigen::MatrixXf>& raw);

/// A linear model's prediction in the units of its raw inputs and its label:
///   prediction = intercept + Σᵢ coefficients[i] · input i
/// with the input standardisation and the target scaling folded in.
struct LinearFormula {
  double intercept = 0;
  std::vector<double> coefficients;  // [raw inputs]
};

/// The formula of a model whose network is one linear layer of one neuron on raw inputs (no
/// Playground features); false for any other model.
bool linear_formula(const Model& model, LinearFormula& formula);

/// The class an output column stands for: argmax for softmax, else above 0.5 (sigmoid) or 0.
int predicted_class(const Model& model, const Eigen::Ref<const Eigen::VectorXf>& output);

}  // namespace nnplay
