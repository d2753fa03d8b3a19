#pragma once
#include <string>

#include "dataset.h"

namespace nnplay {

/// What a CSV's label column holds: decided from its values (`automatic`), or said by the caller.
enum class LabelKind { automatic, classes, values };
/// The kind named "auto", "classes" or "values" (docs/config.md's `dataset.labels`); else
/// std::invalid_argument naming `where`.
LabelKind label_kind(const std::string& name, const std::string& where);

/// Reads a CSV table: a header row, then one example per row, comma-separated, numeric inputs.
/// Fields may be quoted ("a, b"; "" for a quote). `label` names the label column (the last column
/// when empty). A label column of whole numbers with at most 8 distinct values, or of any text, is a
/// class label; the classes are its distinct values sorted (numerically when all are numbers), so
/// −1/1 and 0/1 labels give class 1 to the positive value. Any other numeric label is a regression
/// target. `kind` overrides that rule: `values` reads every label as a number, `classes` as a class.
/// `inputs` names the input columns, in the order wanted (empty: every column but the label, in the
/// file's order); other columns are not read, so they may hold text. Errors are
/// std::invalid_argument naming the line and column.
Dataset parse_csv(const std::string& text, const std::string& label, LabelKind kind = LabelKind::automatic,
                  const std::vector<std::string>& inputs = {});

/// The header and the first `rows` data rows of a CSV as text fields, split as parse_csv splits
/// them, and how many data rows it has in all. Throws std::invalid_argument for an empty text or
/// an unclosed quote.
struct CsvPreview {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
  std::size_t total_rows = 0;
};
CsvPreview preview_csv(const std::string& text, std::size_t rows);

/// Raw inputs [input_names, rows] from CSV text with a header row: the columns are found by name,
/// in any order; other columns (a label, say) are ignored. Quoting as parse_csv's; errors name
/// the line and column.
Eigen::MatrixXf parse_csv_inputs(const std::string& text, const std::vector<std::string>& input_names);

/// Makes a test set read with parse_csv use the training set's class numbering. Throws
/// std::invalid_argument when the inputs differ or the test set has a class the training set has not.
void check_same_columns(const Dataset& train, Dataset& test);

}  // namespace nnplay
