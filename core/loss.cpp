#include "loss.h"

#include <cmath>
#include <stdexcept>

#include "named_table.h"
#include "reshape.h"

namespace nnplay {

namespace {

using Eigen::MatrixXf;
using Target = Eigen::Ref<const MatrixXf>;

// delta = a − t, coefficient by coefficient, with the targets flat (reshape.h): every caller's are
// whole columns. A batch of one output is then one loop rather than one per example.
void set_difference(const MatrixXf& a, const Target& target, MatrixXf& delta) {
  delta.resize(a.rows(), a.cols());
  delta.reshaped() = a.reshaped() - flat(target).matrix();
}

// ½ Σ (a − t)²
double squared_total(const MatrixXf&, const MatrixXf& a, const Target& target) {
  return 0.5 * static_cast<double>((a.reshaped() - flat(target).matrix()).squaredNorm());
}
// ∂L/∂a = a − t, then through the head's derivative.
void squared_delta(const MatrixXf& z, const MatrixXf& a, const Target& target, const Activation& head,
                   MatrixXf& delta) {
  set_difference(a, target, delta);
  head.backprop(z, a, delta);
}

// −[t log σ(z) + (1 − t) log(1 − σ(z))] = softplus(z) − t z, as max(z, 0) + log1p(e^−|z|) − t z.
double binary_cross_entropy_total(const MatrixXf& z, const MatrixXf&, const Target& target) {
  return static_cast<double>(
      (z.array().max(0.0f) + (-z.array().abs()).exp().log1p() - target.array() * z.array()).sum());
}
// ∂L/∂z = σ(z) − t
void binary_cross_entropy_delta(const MatrixXf&, const MatrixXf& a, const Target& target, const Activation&,
                                MatrixXf& delta) {
  set_difference(a, target, delta);
}

// −Σ t log softmax(z) = Σ t (logsumexp(z) − z) per column.
double cross_entropy_total(const MatrixXf& z, const MatrixXf&, const Target& target) {
  double total = 0;
  for (Eigen::Index c = 0; c < z.cols(); ++c) {
    const float max = z.col(c).maxCoeff();
    const float log_sum_exp = std::log((z.col(c).array() - max).exp().sum()) + max;
    total += static_cast<double>((target.col(c).array() * (log_sum_exp - z.col(c).array())).sum());
  }
  return total;
}
// ∂L/∂z = softmax(z) − t
void cross_entropy_delta(const MatrixXf&, const MatrixXf& a, const Target& target, const Activation&,
                         MatrixXf& delta) {
  set_difference(a, target, delta);
}

const std::vector<Loss>& losses() {
  static const std::vector<Loss> table = {
      {"squared", squared_total, squared_delta, ""},
      {"binary_cross_entropy", binary_cross_entropy_total, binary_cross_entropy_delta, "sigmoid"},
      {"cross_entropy", cross_entropy_total, cross_entropy_delta, "softmax"},
  };
  return table;
}

}  // namespace

const Loss& loss(const std::string& name) { return find_by_name(losses(), name, "loss"); }

std::vector<std::string> loss_names() { return names_of(losses()); }

void check_loss_fits_head(const Loss& loss, const Activation& head) {
  if (!loss.required_head.empty() && loss.required_head != head.name) {
    throw std::invalid_argument("the " + loss.name + " loss needs a " + loss.required_head +
                                " output layer, not " + head.name);
  }
  if (loss.required_head.empty() && !head.elementwise) {
    throw std::invalid_argument("a " + head.name + " output layer needs the cross_entropy loss");
  }
}

}  // namespace nnplay
