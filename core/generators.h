#pragma once
#include <vector>

#include "dataset.h"

namespace nnplay {

/// The datasets drawn from a formula: TensorFlow Playground's circle, xor, gauss, spiral, plane,
/// multigauss, its multi-class spirals and blobs, the points above and below a curve (`function`),
/// and the article's houses.
const std::vector<DatasetGenerator>& synthetic_generators();

}  // namespace nnplay
