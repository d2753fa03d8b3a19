#include "reshape.h"

namespace nnplay {

void reallocate(Eigen::MatrixXf& matrix, Eigen::Index rows, Eigen::Index cols) {
  Eigen::MatrixXf fresh(rows, cols);
  matrix.swap(fresh);
}

}  // namespace nnplay
