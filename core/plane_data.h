#pragma once
#include <string>

#include "csv.h"

namespace nnplay {

/// Which columns of a learner's CSV the page's map shows: `x` across, `y` up, `label` the class or
/// value of each point.
struct PlaneColumns {
  std::string x, y, label;
  LabelKind kind = LabelKind::automatic;
};

/// The largest |x| or |y| the map's square holds without scaling, and the half-width a column
/// that does not fit is scaled to (a margin inside the ±6 square).
constexpr float kPlaneFit = 6.0f;
constexpr float kPlaneScaledExtent = 5.0f;

/// A CSV's chosen columns as the page's own 2-D data: the CSV text "x1,x2,class" (or "x1,x2,value"
/// for values to predict) with one point per row, in a fixed shuffled order (PCG32 seed 1, so a file sorted by class splits fairly into
/// training and test rows). Inputs that already lie in [−6, 6] are kept; an input that does not is
/// scaled linearly so its range fills [−5, 5] (a constant one becomes 0). Labels: a class's index
/// 0, 1, … in parse_csv's order, or a target value, kept when in [−1, 1] and else scaled linearly to
/// fill [−1, 1]. Numbers are written with 9 significant digits, so each float reads back exactly.
/// Errors are parse_csv's, naming the line and column, or name the column chosen twice.
std::string plane_csv(const std::string& text, const PlaneColumns& columns);

}  // namespace nnplay
