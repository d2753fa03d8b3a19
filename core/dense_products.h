#pragma once
#include <Eigen/Core>

namespace nnplay {

// The three products of a dense layer over a batch, one example per column, as plain loops over
// contiguous columns. Each result is a sum taken in one fixed order (the inputs, units or examples
// in turn, as TensorFlow Playground sums them), vectorised across the independent results: so the
// native and the WebAssembly builds compute the same numbers, and small layers skip the cost of a
// general matrix product. The outputs must already have their shapes.

/// z = W · inputs + b, for W [units, inputs], b [units], inputs [inputs, batch] → z [units, batch].
void weighted_sums(const Eigen::MatrixXf& weights, const Eigen::VectorXf& biases,
                   const Eigen::Ref<const Eigen::MatrixXf>& inputs, Eigen::MatrixXf& z);

/// back = Wᵀ · delta, for W [units, inputs], delta [units, batch] → back [inputs, batch]; `scratch`
/// holds Wᵀ.
void back_through(const Eigen::MatrixXf& weights, const Eigen::MatrixXf& delta, Eigen::MatrixXf& back,
                  Eigen::MatrixXf& scratch);

/// Whether a product adds to what its output holds, or replaces it.
enum class Sums { kAdd, kReplace };

/// W_sums += delta · inputsᵀ and b_sums += Σ_batch delta (or = with Sums::kReplace), for delta
/// [units, batch], inputs [inputs, batch] → W_sums [units, inputs], b_sums [units].
void add_gradients(const Eigen::MatrixXf& delta, const Eigen::Ref<const Eigen::MatrixXf>& inputs,
                   Eigen::MatrixXf& weight_sums, Eigen::VectorXf& bias_sums, Sums sums);

}  // namespace nnplay
