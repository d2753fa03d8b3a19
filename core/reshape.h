#pragma once
#include <Eigen/Core>

namespace nnplay {

// reshape's allocation, out of line: the loops reshape every layer's matrices each batch, nearly
// always to the shapes they already have, and only that check is worth inlining.
void reallocate(Eigen::MatrixXf& matrix, Eigen::Index rows, Eigen::Index cols);

/// Gives `matrix` the shape rows × cols, its values unspecified. Eigen's own resize frees the old
/// buffer before it allocates the new one, so a failed allocation (std::bad_alloc) would leave the
/// matrix pointing at freed memory; this allocates first, so on failure the matrix is left as it was.
inline void reshape(Eigen::MatrixXf& matrix, Eigen::Index rows, Eigen::Index cols) {
  if (matrix.rows() != rows || matrix.cols() != cols) reallocate(matrix, rows, cols);
}

/// The coefficients of `matrix` as one flat array, column after column, for elementwise work in one
/// linear loop. `matrix` must be contiguous: a plain matrix, or a block of whole columns of one.
template <typename Matrix>
Eigen::Map<Eigen::ArrayXf> flat(Matrix& matrix) {
  eigen_assert(matrix.innerStride() == 1 && matrix.outerStride() == matrix.rows());
  return {matrix.data(), matrix.size()};
}
template <typename Matrix>
Eigen::Map<const Eigen::ArrayXf> flat(const Matrix& matrix) {
  eigen_assert(matrix.innerStride() == 1 && matrix.outerStride() == matrix.rows());
  return {matrix.data(), matrix.size()};
}

}  // namespace nnplay
