#pragma once
#include <string>

#include "dataset.h"

namespace nnplay {

/// Reads a CSV table: a header row, then one example per row, comma-separated, numeric inputs.
/// Fields may be quoted ("a, b"; "" for a quote). `label` names the label column (the last column
/// when empty). A label column of whole numbers with at most 8 distinct values, or of any text, is a
/// class label; the classes are its distinct values sorted (numerically when all are numbers), so
/// −1/1 and 0/1 labels give class 1 to the positive value. Any other numeric label is a regression
/// target. Errors are std::invalid_argument naming the line and column.
Dataset parse_csv(const std::string& text, const std::string& label);

/// Raw inputs [input_names, rows] from CSV text with a header row: the columns are found by name,
/// in any order; other columns (a label, say) are ignored. Quoting as parse_csv's; errors name
/// the line and column.
Eigen::MatrixXf parse_csv_inputs(const std::string& text, const std::vector<std::string>& input_names);

/// Makes a test set read with parse_csv use the training set's class numbering. Throws
/// std::invalid_argument when the inputs differ or the test set has a class the training set has not.
void check_same_columns(const Dataset& train, Dataset& test);

}  // namespace nnplay
