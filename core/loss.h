#pragma once
#include <Eigen/Core>
#include <string>
#include <vector>

#include "activation.h"

namespace nnplay {

/// A loss with the gradient it sends back into the output layer. All matrices are
/// [outputs, batch]: z the output layer's weighted sums, a its activations, target the wanted a
/// (whole columns of a matrix, so contiguous).
struct Loss {
  std::string name;
  /// Sum over the batch of each example's loss.
  double (*total)(const Eigen::MatrixXf& z, const Eigen::MatrixXf& a, const Eigen::Ref<const Eigen::MatrixXf>& target);
  /// delta = ∂(total)/∂z for the output layer whose activation is `head`.
  void (*output_delta)(const Eigen::MatrixXf& z, const Eigen::MatrixXf& a, const Eigen::Ref<const Eigen::MatrixXf>& target,
                       const Activation& head, Eigen::MatrixXf& delta);
  /// The only output activation the loss fits, or empty when it fits any.
  std::string required_head;
};

/// "squared" ½(a − t)², "binary_cross_entropy" (sigmoid head, targets 0/1), "cross_entropy"
/// (softmax head, one-hot targets: −log p(correct class)). Throws std::invalid_argument otherwise.
const Loss& loss(const std::string& name);
std::vector<std::string> loss_names();

/// Throws std::invalid_argument when the loss cannot be used with that output activation.
void check_loss_fits_head(const Loss& loss, const Activation& head);

}  // namespace nnplay
