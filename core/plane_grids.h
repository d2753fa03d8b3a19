#pragma once
#include <Eigen/Core>
#include <array>
#include <cstdint>
#include <vector>

#include "model.h"
#include "network.h"

namespace nnplay {

/// The half-width of the square [−6, 6]² over which 2-D inputs are drawn (the Playground's domain).
constexpr float kGridExtent = 6.0f;

/// The most memory one grid call may take: a call whose buffers would need more is refused with
/// std::invalid_argument before anything is freed or allocated. A call at resolution r over a
/// network of n neurons (network inputs and every unit) needs about r² × (2 + 3n) × 4 bytes: the
/// grid's points, its network inputs twice, z and a of every unit, and the values returned.
constexpr double kGridBudgetBytes = 256.0 * 1024 * 1024;

/// The raw points of a resolution² grid over [−extent, extent]², one cell per column, row-major:
/// cell row·resolution + col is at x = −extent + col·step, y = +extent − row·step. [2, resolution²]
/// Throws std::invalid_argument unless 2 ≤ resolution ≤ 1000.
Eigen::MatrixXf grid_points(int resolution);

/// Every Playground feature (input_transform.h, in its order) over the grid:
/// [features][resolution²], each feature's grid laid out as grid_points' cells.
std::vector<float> feature_grids(int resolution);

/// A model's values over the plane, for 2-D data: the output grid, every neuron's grid, or one
/// neuron's. Each resolution has its own cache slot (the grid's network inputs and the last forward
/// pass; the four resolutions used last are kept), so alternating two resolutions recomputes
/// neither; one forward pass at a resolution serves
/// both the output and the neurons until the weights change (call `weights_changed()`). The model
/// must keep its input transform; the returned buffers stay valid until the next call. A call that
/// fails (a request beyond kGridBudgetBytes, or std::bad_alloc) leaves every buffer as it was.
class PlaneGrids {
 public:
  /// The model's output over the grid. Two classes: a value in [−1, 1], positive class near +1
  /// (a sigmoid's 2p − 1, a two-way softmax's 2·p(class 1) − 1, a tanh's or linear's output);
  /// more classes: the index of the most likely class; regression: the prediction in the label's
  /// units. [resolution²]
  const std::vector<float>& output(const Model& model, int resolution);
  /// Each class's probability, for a model whose output is one: a softmax's (one unit per class)
  /// or a sigmoid's (two classes: 1 − p, then p). Throws std::invalid_argument for any other
  /// output (a tanh's or a linear one's value is no probability). [classes][resolution²]
  const std::vector<float>& class_probabilities(const Model& model, int resolution);
  /// Every neuron's value: network inputs first, then each layer's units from the first hidden
  /// layer to the output. [neurons][resolution²]
  const std::vector<float>& neurons(const Model& model, int resolution);
  /// Neuron `neuron` (numbered as in neurons()) alone: only the layers it depends on are computed,
  /// and of its own layer only its unit (all units for a softmax). [resolution²]
  const std::vector<float>& neuron(const Model& model, int resolution, int neuron);
  /// Marks every slot's forward pass stale: the weights changed.
  void weights_changed();

 private:
  struct Slot {
    int resolution = 0;     // 0: unused
    std::uint64_t used = 0;  // when last used, for eviction
    Eigen::MatrixXf inputs;  // [cells, network inputs]: one grid cell per row
    Pass pass;               // z and a per layer, [cells, units]
    bool pass_current = false;
  };
  static constexpr std::size_t kSlots = 4;

  Slot& slot(const Model& model, int resolution);
  Slot& current_slot(const Model& model, int resolution);

  std::array<Slot, kSlots> slots_;
  std::uint64_t clock_ = 0;
  std::vector<float> values_;
};

}  // namespace nnplay
