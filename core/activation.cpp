#include "activation.h"

#include <stdexcept>

#include "named_table.h"

namespace nnplay {

namespace {

using Eigen::MatrixXf;

constexpr float kLeakySlope = 0.01f;

// delta ← (z > 0 ? delta : not_positive(delta)) as a plain loop, which compilers vectorise and
// Eigen's select does not; delta is read whatever the branch, so that clang vectorises it too.
template <typename NotPositive>
void where_not_positive(const MatrixXf& z, MatrixXf& delta, NotPositive not_positive) {
  const float* sums = z.data();
  float* out = delta.data();
  for (Eigen::Index i = 0; i < delta.size(); ++i) {
    const float d = out[i];
    out[i] = sums[i] > 0.0f ? d : not_positive(d);
  }
}

void linear(const MatrixXf& z, MatrixXf& a) { a = z; }
void linear_backprop(const MatrixXf&, const MatrixXf&, MatrixXf&) {}

// ReLU'(0) = 0, as in TensorFlow Playground.
void relu(const MatrixXf& z, MatrixXf& a) { a = z.cwiseMax(0.0f); }
void relu_backprop(const MatrixXf& z, const MatrixXf&, MatrixXf& delta) {
  where_not_positive(z, delta, [](float) { return 0.0f; });
}

void leaky_relu(const MatrixXf& z, MatrixXf& a) { a = z.cwiseMax(kLeakySlope * z); }
void leaky_relu_backprop(const MatrixXf& z, const MatrixXf&, MatrixXf& delta) {
  where_not_positive(z, delta, [](float d) { return kLeakySlope * d; });
}

void tanh_apply(const MatrixXf& z, MatrixXf& a) { a = z.array().tanh(); }
// tanh'(z) = 1 − a²
void tanh_backprop(const MatrixXf&, const MatrixXf& a, MatrixXf& delta) {
  delta.array() *= 1.0f - a.array().square();
}

void sigmoid(const MatrixXf& z, MatrixXf& a) { a = (1.0f + (-z.array()).exp()).inverse(); }
// σ'(z) = a (1 − a)
void sigmoid_backprop(const MatrixXf&, const MatrixXf& a, MatrixXf& delta) {
  delta.array() *= a.array() * (1.0f - a.array());
}

// ELU with α = 1: z for z > 0, eᶻ − 1 otherwise.
void elu(const MatrixXf& z, MatrixXf& a) {
  a = (z.array() > 0.0f).select(z, z.array().exp() - 1.0f);
}
// ELU'(z) = 1 for z > 0, a + 1 otherwise
void elu_backprop(const MatrixXf& z, const MatrixXf& a, MatrixXf& delta) {
  delta = (z.array() > 0.0f).select(delta, delta.array() * (a.array() + 1.0f));
}

// softplus(z) = log(1 + eᶻ), computed as max(z, 0) + log1p(e^−|z|) to avoid overflow.
void softplus(const MatrixXf& z, MatrixXf& a) {
  a = z.array().max(0.0f) + (-z.array().abs()).exp().log1p();
}
// softplus'(z) = σ(z)
void softplus_backprop(const MatrixXf& z, const MatrixXf&, MatrixXf& delta) {
  delta.array() /= 1.0f + (-z.array()).exp();
}

// Softmax of each column, shifted by the column's maximum for stability.
void softmax(const MatrixXf& z, MatrixXf& a) {
  a.resize(z.rows(), z.cols());
  for (Eigen::Index c = 0; c < z.cols(); ++c) {
    a.col(c) = (z.col(c).array() - z.col(c).maxCoeff()).exp();
    a.col(c) /= a.col(c).sum();
  }
}
// Jᵀδ for softmax, per column: a ⊙ (δ − aᵀδ)
void softmax_backprop(const MatrixXf&, const MatrixXf& a, MatrixXf& delta) {
  for (Eigen::Index c = 0; c < a.cols(); ++c) {
    const float dot = a.col(c).dot(delta.col(c));
    delta.col(c) = a.col(c).cwiseProduct((delta.col(c).array() - dot).matrix());
  }
}

const std::vector<Activation>& table() {
  static const std::vector<Activation> activations = {
      {"linear", linear, linear_backprop, true, true},
      {"relu", relu, relu_backprop, true, false},
      {"leaky_relu", leaky_relu, leaky_relu_backprop, true, false},
      {"tanh", tanh_apply, tanh_backprop, true, true},
      {"sigmoid", sigmoid, sigmoid_backprop, true, true},
      {"elu", elu, elu_backprop, true, false},
      {"softplus", softplus, softplus_backprop, true, false},
      {"softmax", softmax, softmax_backprop, false, true},
  };
  return activations;
}

}  // namespace

const Activation& activation(const std::string& name) { return find_by_name(table(), name, "activation"); }

std::vector<std::string> activation_names() { return names_of(table()); }

std::vector<std::string> hidden_activation_names() {
  std::vector<std::string> names;
  for (const Activation& entry : table()) {
    if (entry.elementwise) names.push_back(entry.name);
  }
  return names;
}

std::vector<std::string> output_activation_names() {
  std::vector<std::string> names;
  for (const Activation& entry : table()) {
    if (entry.output) names.push_back(entry.name);
  }
  return names;
}

}  // namespace nnplay
