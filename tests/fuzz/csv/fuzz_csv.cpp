// CSV reader: any text is either refused with std::invalid_argument or read into a dataset whose
// shapes agree. The first byte chooses how the label column is read and named; the rest is the file.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

#include "csv.h"

namespace {

void check(bool holds, const char* what) {
  if (!holds) throw std::logic_error(what);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const nnplay::LabelKind kinds[] = {nnplay::LabelKind::automatic, nnplay::LabelKind::classes, nnplay::LabelKind::values};
  const nnplay::LabelKind kind = kinds[data[0] % 3];
  const std::string label = (data[0] / 3) % 2 == 0 ? "" : "label";
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  try {
    nnplay::CsvPreview preview = nnplay::preview_csv(text, 3);
    check(preview.rows.size() <= 3 && preview.rows.size() <= preview.total_rows, "the preview has too many rows");
  } catch (const std::invalid_argument&) {
  }
  try {
    nnplay::Dataset dataset = nnplay::parse_csv(text, label, kind);
    check(dataset.labels.size() == dataset.inputs.cols(), "a label per example");
    check(static_cast<std::size_t>(dataset.inputs.rows()) == dataset.input_names.size(), "a name per input");
    check(dataset.classes == 0 || static_cast<std::size_t>(dataset.classes) == dataset.class_names.size(),
          "a name per class");
    for (Eigen::Index i = 0; i < dataset.labels.size() && dataset.classes > 0; ++i) {
      check(dataset.labels(i) >= 0 && dataset.labels(i) < static_cast<float>(dataset.classes), "class labels in range");
    }
    nnplay::parse_csv_inputs(text, dataset.input_names);
  } catch (const std::invalid_argument&) {
  }
  return 0;
}
