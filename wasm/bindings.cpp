// The JavaScript face of the engine: a table, no logic. Types: nnplay.d.mts.
#include <emscripten/bind.h>

#include "session.h"

using namespace emscripten;
using nnplay::EpochStats;
using nnplay::wasm::Session;

EMSCRIPTEN_BINDINGS(nnplay) {
  value_object<EpochStats>("EpochStats")
      .field("epoch", &EpochStats::epoch)
      .field("trainLoss", &EpochStats::train_loss)
      .field("testLoss", &EpochStats::test_loss)
      .field("trainAccuracy", &EpochStats::train_accuracy)
      .field("testAccuracy", &EpochStats::test_accuracy);

  class_<Session>("Session")
      .constructor(&Session::create, allow_raw_pointers())
      .function("train", &Session::train)
      .function("evaluate", &Session::evaluate)
      .function("epoch", &Session::epoch)
      .function("reset", &Session::reset)
      .function("regenerateData", &Session::regenerate_data)
      .function("setData", &Session::set_data)
      .function("setLearningRate", &Session::set_learning_rate)
      .function("setRegularization", &Session::set_regularization)
      .function("setBatchSize", &Session::set_batch_size)
      .function("setWeight", &Session::set_weight)
      .function("setBias", &Session::set_bias)
      .function("outputGrid", &Session::output_grid)
      .function("neuronGrids", &Session::neuron_grids)
      .function("outputGridInto", &Session::output_grid_into)
      .function("neuronGridsInto", &Session::neuron_grids_into)
      .function("neuronGrid", &Session::neuron_grid)
      .function("classGrids", &Session::class_grids)
      .function("points", &Session::points)
      .function("networkJson", &Session::network_json)
      .function("metricsJson", &Session::metrics_json)
      .function("modelJson", &Session::model_json)
      .function("traceJson", &Session::trace_json)
      .function("snapshot", &Session::snapshot)
      .function("restore", &Session::restore)
      .function("trainingState", &Session::training_state)
      .function("restoreTrainingState", &Session::restore_training_state)
      .function("traceExampleJson", &Session::trace_example_json);

  function("presetConfig", &nnplay::wasm::preset_config);
  function("csvPreview", &nnplay::wasm::csv_preview);
  function("planeCsv", &nnplay::wasm::plane_csv);
  function("engineFacts", &nnplay::wasm::engine_facts);
  function("featureGrids", &nnplay::wasm::feature_grids);
  function("heapInUse", &nnplay::wasm::heap_in_use);
}
