#include <doctest/doctest.h>

#include <limits>
#include <new>

#include "reshape.h"

using namespace nnplay;

TEST_CASE("reshape gives a new shape, and a failed one leaves the matrix and its values as they were") {
  Eigen::MatrixXf matrix = Eigen::MatrixXf::Constant(2, 3, 1.5f);
  reshape(matrix, 2, 3);
  CHECK(matrix == Eigen::MatrixXf::Constant(2, 3, 1.5f));
  // rows · cols fits an index, but its bytes do not fit memory's address space: Eigen throws
  // std::bad_alloc (its own resize would have freed the old buffer first).
  const Eigen::Index rows = 1 << 15;
  const Eigen::Index cols = std::numeric_limits<Eigen::Index>::max() / rows;
  CHECK_THROWS_AS(reshape(matrix, rows, cols), std::bad_alloc);
  REQUIRE(matrix.rows() == 2);
  REQUIRE(matrix.cols() == 3);
  CHECK(matrix == Eigen::MatrixXf::Constant(2, 3, 1.5f));
  reshape(matrix, 4, 5);
  CHECK(matrix.rows() == 4);
  CHECK(matrix.cols() == 5);
}
