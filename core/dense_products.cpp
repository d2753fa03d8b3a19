#include "dense_products.h"

#include "reshape.h"

namespace nnplay {

using Eigen::Index;

namespace {

// Four consecutive floats: one SIMD register, natively and in WebAssembly.
using Four = Eigen::Array4f;
constexpr Index kFour = 4;

// Where a block of results, their starting values and their scales lie: target t's k-th result is
// at results[t·result_step + k], starting from start[t·start_step + k], and its scale for column j
// is at scales[t·scale_target_step + j·scale_step].
struct Block {
  float* results;
  Index result_step;
  const float* start;  // nullptr: start from 0
  Index start_step;
  const float* scales;
  Index scale_target_step;
  Index scale_step;
};

// The last `Rest` (< 4) results of `Targets` targets, as add_scaled_columns below: unrolled, so that
// each column value and each scale is loaded once and every sum stays in a register. Both kernels are
// inlined into each product's loop over targets: for small layers a call costs as much as its sums.
template <int Targets, int Rest>
EIGEN_ALWAYS_INLINE void add_scaled_rest(const Block& block, const float* columns, Index stride, Index count, Index k) {
  float sum[Targets][Rest];
  for (int t = 0; t < Targets; ++t) {
    for (int r = 0; r < Rest; ++r) sum[t][r] = block.start ? block.start[t * block.start_step + k + r] : 0.0f;
  }
  const float* column = columns + k;
  const float* scales = block.scales;
  for (Index j = 0; j < count; ++j, column += stride, scales += block.scale_step) {
    float values[Rest];
    for (int r = 0; r < Rest; ++r) values[r] = column[r];
    for (int t = 0; t < Targets; ++t) {
      const float scale = scales[t * block.scale_target_step];
      for (int r = 0; r < Rest; ++r) sum[t][r] += values[r] * scale;
    }
  }
  for (int t = 0; t < Targets; ++t) {
    for (int r = 0; r < Rest; ++r) block.results[t * block.result_step + k + r] = sum[t][r];
  }
}

// For `Targets` targets at once and every k < n: result = start + Σ_{j < count} column_j[k] · scale(t, j),
// with column_j at columns + j·stride. The sums for eight (then four) k and every target are held in
// registers and share each column load and scale; two independent chains per target keep the SIMD
// units busy. The sum over j is taken in order, whatever the blocking.
template <int Targets>
EIGEN_ALWAYS_INLINE void add_scaled_columns(const Block& block, const float* columns, Index stride, Index count, Index n) {
  Index k = 0;
  for (; k + 2 * kFour <= n; k += 2 * kFour) {
    Four sum[Targets], more[Targets];
    for (int t = 0; t < Targets; ++t) {
      sum[t] = block.start ? Four(Eigen::Map<const Four>(block.start + t * block.start_step + k)) : Four::Zero();
      more[t] = block.start ? Four(Eigen::Map<const Four>(block.start + t * block.start_step + k + kFour)) : Four::Zero();
    }
    const float* column = columns + k;
    const float* scales = block.scales;
    for (Index j = 0; j < count; ++j, column += stride, scales += block.scale_step) {
      const Four values = Eigen::Map<const Four>(column);
      const Four next = Eigen::Map<const Four>(column + kFour);
      for (int t = 0; t < Targets; ++t) {
        const float scale = scales[t * block.scale_target_step];
        sum[t] += values * scale;
        more[t] += next * scale;
      }
    }
    for (int t = 0; t < Targets; ++t) {
      Eigen::Map<Four>(block.results + t * block.result_step + k) = sum[t];
      Eigen::Map<Four>(block.results + t * block.result_step + k + kFour) = more[t];
    }
  }
  for (; k + kFour <= n; k += kFour) {
    Four sum[Targets];
    for (int t = 0; t < Targets; ++t) {
      sum[t] = block.start ? Four(Eigen::Map<const Four>(block.start + t * block.start_step + k)) : Four::Zero();
    }
    // Pointers stepped along j rather than indices multiplied out: wasm has no scaled addressing.
    const float* column = columns + k;
    const float* scales = block.scales;
    for (Index j = 0; j < count; ++j, column += stride, scales += block.scale_step) {
      const Four values = Eigen::Map<const Four>(column);
      for (int t = 0; t < Targets; ++t) sum[t] += values * scales[t * block.scale_target_step];
    }
    for (int t = 0; t < Targets; ++t) Eigen::Map<Four>(block.results + t * block.result_step + k) = sum[t];
  }
  switch (n - k) {
    case 1: add_scaled_rest<Targets, 1>(block, columns, stride, count, k); break;
    case 2: add_scaled_rest<Targets, 2>(block, columns, stride, count, k); break;
    case 3: add_scaled_rest<Targets, 3>(block, columns, stride, count, k); break;
    default: break;
  }
}

// Every target in blocks of four, then of two, then the last one; `at(t)` is the block starting at target t.
template <typename BlockAt>
void for_targets(Index targets, BlockAt at, const float* columns, Index stride, Index count, Index n) {
  Index t = 0;
  for (; t + 4 <= targets; t += 4) add_scaled_columns<4>(at(t), columns, stride, count, n);
  for (; t + 2 <= targets; t += 2) add_scaled_columns<2>(at(t), columns, stride, count, n);
  for (; t < targets; ++t) add_scaled_columns<1>(at(t), columns, stride, count, n);
}

}  // namespace

void weighted_sums(const Eigen::MatrixXf& weights, const Eigen::VectorXf& biases,
                   const Eigen::Ref<const Eigen::MatrixXf>& inputs, Eigen::MatrixXf& z) {
  // Target = example e: z.col(e) = b + Σ_from W.col(from) · inputs(from, e).
  const Index units = weights.rows();
  auto at = [&](Index e) {
    return Block{z.col(e).data(), units, biases.data(), 0, inputs.col(e).data(), inputs.outerStride(), 1};
  };
  for_targets(inputs.cols(), at, weights.data(), units, weights.cols(), units);
}

void back_through(const Eigen::MatrixXf& weights, const Eigen::MatrixXf& delta, Eigen::MatrixXf& back,
                  Eigen::MatrixXf& scratch) {
  // Target = example e: back.col(e) = Σ_unit Wᵀ.col(unit) · delta(unit, e).
  reshape(scratch, weights.cols(), weights.rows());
  scratch = weights.transpose();
  auto at = [&](Index e) { return Block{back.col(e).data(), back.rows(), nullptr, 0, delta.col(e).data(), delta.rows(), 1}; };
  for_targets(delta.cols(), at, scratch.data(), scratch.rows(), scratch.cols(), scratch.rows());
}

void add_gradients(const Eigen::MatrixXf& delta, const Eigen::Ref<const Eigen::MatrixXf>& inputs,
                   Eigen::MatrixXf& weight_sums, Eigen::VectorXf& bias_sums, Sums sums) {
  // Target = input `from`: W_sums.col(from) += Σ_e delta.col(e) · inputs(from, e).
  const bool add = sums == Sums::kAdd;
  const Index units = delta.rows();
  auto at = [&](Index from) {
    float* column = weight_sums.col(from).data();
    return Block{column, units, add ? column : nullptr, units, inputs.data() + from, 1, inputs.outerStride()};
  };
  for_targets(inputs.rows(), at, delta.data(), units, delta.cols(), units);
  const float one = 1.0f;
  float* biases = bias_sums.data();
  add_scaled_columns<1>(Block{biases, 0, add ? biases : nullptr, 0, &one, 0, 0}, delta.data(), units, delta.cols(), units);
}

}  // namespace nnplay
