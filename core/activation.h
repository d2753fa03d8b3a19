#pragma once
#include <Eigen/Core>
#include <string>
#include <vector>

namespace nnplay {

/// An activation function paired with its derivative, named as the page, the URL and model files
/// name it. Both work on a whole batch: z, a and delta are [units, batch], one example per column.
struct Activation {
  std::string name;
  /// a = f(z)
  void (*apply)(const Eigen::MatrixXf& z, Eigen::MatrixXf& a);
  /// delta = J_f(z)ᵀ · delta: turns ∂L/∂a into ∂L/∂z in place (elementwise f'(z) except for softmax).
  void (*backprop)(const Eigen::MatrixXf& z, const Eigen::MatrixXf& a, Eigen::MatrixXf& delta);
  /// False for softmax, which mixes the units of a column and only fits an output layer.
  bool elementwise;
  /// True when it may be the output layer's: its values read as a value (linear), a score of two
  /// classes (tanh) or probabilities (sigmoid, softmax). ReLU-like outputs are never negative.
  bool output;
};

/// Throws std::invalid_argument naming the known activations when `name` is not one of them.
const Activation& activation(const std::string& name);
std::vector<std::string> activation_names();
/// The activations a hidden layer may have (the elementwise ones) and an output layer may have.
std::vector<std::string> hidden_activation_names();
std::vector<std::string> output_activation_names();

}  // namespace nnplay
