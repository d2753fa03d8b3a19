#include "csv.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <stdexcept>

#include "checked_number.h"
#include "named_table.h"

namespace nnplay {

namespace {

constexpr std::size_t kMaxClassValues = 8;

struct Row {
  int line;
  std::vector<std::string> fields;
};

std::string trim(const std::string& text) {
  std::size_t begin = text.find_first_not_of(" \t\r");
  if (begin == std::string::npos) return "";
  return text.substr(begin, text.find_last_not_of(" \t\r") - begin + 1);
}

// Splits the text into rows of fields; quoted fields may hold commas, quotes ("") and line breaks.
// A UTF-8 byte order mark (EF BB BF), which spreadsheets write first, is not part of the header.
std::vector<Row> split_rows(const std::string& text) {
  const std::size_t start = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  std::vector<Row> rows;
  Row row{1, {}};
  std::string field;
  bool quoted = false, field_was_quoted = false;
  int line = 1;
  auto end_field = [&] {
    row.fields.push_back(field_was_quoted ? field : trim(field));
    field.clear();
    field_was_quoted = false;
  };
  auto end_row = [&] {
    end_field();
    bool blank = row.fields.size() == 1 && row.fields[0].empty();
    if (!blank) rows.push_back(row);
    row = Row{line, {}};
  };
  for (std::size_t i = start; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        if (c == '\n') ++line;
        field += c;
      }
    } else if (c == '"' && trim(field).empty()) {
      quoted = true;
      field_was_quoted = true;
      field.clear();
    } else if (c == ',') {
      end_field();
    } else if (c == '\n') {
      ++line;
      end_row();
    } else {
      field += c;
    }
  }
  if (quoted) throw std::invalid_argument("line " + std::to_string(row.line) + ": a quoted field is never closed");
  end_row();
  return rows;
}

bool parse_number(const std::string& text, double& value) {
  if (text.empty()) return false;
  char* end = nullptr;
  value = std::strtod(text.c_str(), &end);
  return end == text.c_str() + text.size() && std::isfinite(value);
}

// The value of a text parse_number accepted. Not std::stod: it throws std::out_of_range for
// values strtod rounds to 0 or a denormal, such as 1e-400.
double number_of(const std::string& text) { return std::strtod(text.c_str(), nullptr); }

std::string where(const Row& row, std::size_t column, const std::vector<std::string>& header) {
  return "line " + std::to_string(row.line) + ", column " + std::to_string(column + 1) + " (" +
         nnplay::quoted(header[column]) + ")";
}

// The header row; columns are found by name, so each name must be given once.
const std::vector<std::string>& header_of(const std::vector<Row>& rows) {
  const std::vector<std::string>& header = rows[0].fields;
  for (std::size_t second = 1; second < header.size(); ++second) {
    auto first = std::find(header.begin(), header.begin() + static_cast<std::ptrdiff_t>(second), header[second]);
    if (first != header.begin() + static_cast<std::ptrdiff_t>(second)) {
      throw std::invalid_argument("line 1: two columns are named " + nnplay::quoted(header[second]) + " (columns " +
                                  std::to_string(first - header.begin() + 1) + " and " + std::to_string(second + 1) +
                                  ")");
    }
  }
  return header;
}

float number_at(const Row& row, std::size_t column, const std::vector<std::string>& header) {
  double value;
  if (!parse_number(row.fields[column], value)) {
    throw std::invalid_argument(where(row, column, header) + ": " + nnplay::quoted(row.fields[column]) + " is not a number");
  }
  return finite_float(value, [&] { return where(row, column, header); });
}

void check_field_count(const Row& row, const std::vector<std::string>& header) {
  if (row.fields.size() != header.size()) {
    throw std::invalid_argument("line " + std::to_string(row.line) + " has " + std::to_string(row.fields.size()) +
                                " fields, the header " + std::to_string(header.size()));
  }
}


}  // namespace

// The column of each name in `names`, found in `header`.
std::vector<std::size_t> columns_named(const std::vector<std::string>& header, const std::vector<std::string>& names) {
  std::vector<std::size_t> columns;
  for (const std::string& name : names) {
    auto found = std::find(header.begin(), header.end(), name);
    if (found == header.end()) {
      throw std::invalid_argument("the CSV has no column " + nnplay::quoted(name) + " (columns: " + join_names(header) + ")");
    }
    columns.push_back(static_cast<std::size_t>(found - header.begin()));
  }
  return columns;
}

Dataset parse_csv(const std::string& text, const std::string& label, LabelKind kind,
                  const std::vector<std::string>& inputs) {
  std::vector<Row> rows = split_rows(text);
  if (rows.empty()) throw std::invalid_argument("the CSV is empty: it needs a header row and data rows");
  const std::vector<std::string>& header = header_of(rows);
  if (header.size() < 2) throw std::invalid_argument("line 1: the CSV needs at least two columns (inputs and a label)");
  if (rows.size() < 3) throw std::invalid_argument("the CSV needs at least two data rows");

  const std::size_t label_column = label.empty() ? header.size() - 1 : columns_named(header, {label})[0];
  std::vector<std::size_t> input_columns;
  if (inputs.empty()) {
    for (std::size_t c = 0; c < header.size(); ++c) {
      if (c != label_column) input_columns.push_back(c);
    }
  } else {
    input_columns = columns_named(header, inputs);
    if (std::find(input_columns.begin(), input_columns.end(), label_column) != input_columns.end()) {
      throw std::invalid_argument("the label column " + nnplay::quoted(header[label_column]) + " cannot be an input too");
    }
  }

  Dataset data;
  const auto examples = static_cast<Eigen::Index>(rows.size() - 1);
  data.inputs.resize(static_cast<Eigen::Index>(input_columns.size()), examples);
  data.labels.resize(examples);
  data.label_name = header[label_column];
  for (std::size_t c : input_columns) data.input_names.push_back(header[c]);

  std::vector<std::string> label_texts;
  std::vector<std::size_t> label_rows;  // the row of each label text
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const Row& row = rows[r];
    check_field_count(row, header);
    if (row.fields[label_column].empty()) {
      throw std::invalid_argument(where(row, label_column, header) + ": the label is empty");
    }
    label_texts.push_back(row.fields[label_column]);
    label_rows.push_back(r);
    for (std::size_t i = 0; i < input_columns.size(); ++i) {
      data.inputs(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(r - 1)) = number_at(row, input_columns[i], header);
    }
  }

  std::vector<double> numbers(label_texts.size());
  bool numeric = true, whole = true;
  for (std::size_t i = 0; i < label_texts.size(); ++i) {
    numeric = numeric && parse_number(label_texts[i], numbers[i]);
    whole = whole && numeric && numbers[i] == std::floor(numbers[i]);
  }
  std::vector<std::string> distinct = label_texts;
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());

  const bool values = kind == LabelKind::values ||
                      (kind == LabelKind::automatic && numeric && !(whole && distinct.size() <= kMaxClassValues));
  if (values) {
    for (std::size_t i = 0; i < label_texts.size(); ++i) {
      if (!parse_number(label_texts[i], numbers[i])) {
        throw std::invalid_argument(where(rows[label_rows[i]], label_column, header) + ": " + nnplay::quoted(label_texts[i]) +
                                    " is not a number");
      }
    }
    for (std::size_t i = 0; i < numbers.size(); ++i) {
      data.labels(static_cast<Eigen::Index>(i)) =
          finite_float(numbers[i], [&] { return where(rows[label_rows[i]], label_column, header); });
    }
    return data;
  }
  if (distinct.size() < 2 || distinct.size() > kMaxClassValues) {
    throw std::invalid_argument("the label column " + nnplay::quoted(data.label_name) + " has " + std::to_string(distinct.size()) +
                                " distinct values; classification needs 2 to 8");
  }
  if (numeric) {
    std::sort(distinct.begin(), distinct.end(),
              [](const std::string& a, const std::string& b) { return number_of(a) < number_of(b); });
  }
  std::map<std::string, int> index;
  for (std::size_t c = 0; c < distinct.size(); ++c) index[distinct[c]] = static_cast<int>(c);
  for (std::size_t i = 0; i < label_texts.size(); ++i) {
    data.labels(static_cast<Eigen::Index>(i)) = static_cast<float>(index[label_texts[i]]);
  }
  data.classes = static_cast<int>(distinct.size());
  data.class_names = distinct;
  return data;
}

LabelKind label_kind(const std::string& name, const std::string& where) {
  if (name == "auto") return LabelKind::automatic;
  if (name == "classes") return LabelKind::classes;
  if (name == "values") return LabelKind::values;
  throw std::invalid_argument(where + " must be auto, classes or values, not " + nnplay::quoted(name));
}

CsvPreview preview_csv(const std::string& text, std::size_t rows) {
  std::vector<Row> all = split_rows(text);
  if (all.empty()) throw std::invalid_argument("the CSV is empty: it needs a header row and data rows");
  CsvPreview preview;
  preview.columns = all[0].fields;
  preview.total_rows = all.size() - 1;
  for (std::size_t r = 1; r < all.size() && preview.rows.size() < rows; ++r) preview.rows.push_back(all[r].fields);
  return preview;
}

Eigen::MatrixXf parse_csv_inputs(const std::string& text, const std::vector<std::string>& input_names) {
  std::vector<Row> rows = split_rows(text);
  if (rows.empty()) throw std::invalid_argument("the CSV is empty: it needs a header row");
  const std::vector<std::string>& header = header_of(rows);
  std::vector<std::size_t> columns;
  for (const std::string& name : input_names) {
    auto found = std::find(header.begin(), header.end(), name);
    if (found == header.end()) {
      throw std::invalid_argument("the CSV has no input \"" + name + "\" (the model reads " + join_names(input_names) +
                                  "; the CSV has " + join_names(header) + ")");
    }
    columns.push_back(static_cast<std::size_t>(found - header.begin()));
  }
  Eigen::MatrixXf inputs(static_cast<Eigen::Index>(columns.size()), static_cast<Eigen::Index>(rows.size() - 1));
  for (std::size_t r = 1; r < rows.size(); ++r) {
    check_field_count(rows[r], header);
    for (std::size_t i = 0; i < columns.size(); ++i) {
      inputs(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(r - 1)) = number_at(rows[r], columns[i], header);
    }
  }
  return inputs;
}

void check_same_columns(const Dataset& train, Dataset& test) {
  if (test.input_names != train.input_names) {
    throw std::invalid_argument("the test CSV's input columns differ from the training CSV's");
  }
  if (train.classes == 0) {
    // A few whole numbers in the test set read as classes; the training set says they are values.
    for (Eigen::Index i = 0; i < test.size() && test.classes != 0; ++i) {
      double value;
      const std::string& name = test.class_names[static_cast<std::size_t>(test.labels(i))];
      if (!parse_number(name, value)) throw std::invalid_argument("the test CSV has text labels, the training CSV numbers");
      test.labels(i) = finite_float(value, [&] { return "the test CSV's label " + name; });
    }
    test.classes = 0;
    test.class_names.clear();
    return;
  }
  if (test.classes == 0) throw std::invalid_argument("the test CSV has numbers to predict, the training CSV classes");
  for (Eigen::Index i = 0; i < test.size(); ++i) {
    const std::string& name = test.class_names[static_cast<std::size_t>(test.labels(i))];
    auto found = std::find(train.class_names.begin(), train.class_names.end(), name);
    if (found == train.class_names.end()) {
      throw std::invalid_argument("the test CSV has a class " + nnplay::quoted(name) + " the training CSV has not");
    }
    test.labels(i) = static_cast<float>(found - train.class_names.begin());
  }
  test.classes = train.classes;
  test.class_names = train.class_names;
}

}  // namespace nnplay
