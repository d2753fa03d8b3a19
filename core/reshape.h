#pragma once
#include <Eigen/Core>

namespace nnplay {

/// Gives `matrix` the shape rows × cols, its values unspecified. Eigen's own resize frees the old
/// buffer before it allocates the new one, so a failed allocation (std::bad_alloc) would leave the
/// matrix pointing at freed memory; this allocates first, so on failure the matrix is left as it was.
inline void reshape(Eigen::MatrixXf& matrix, Eigen::Index rows, Eigen::Index cols) {
  if (matrix.rows() == rows && matrix.cols() == cols) return;
  Eigen::MatrixXf fresh(rows, cols);
  matrix.swap(fresh);
}

}  // namespace nnplay
