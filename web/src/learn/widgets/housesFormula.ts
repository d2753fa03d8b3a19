// A linear model in two forms: the formula a learner reads, in the data's own units
// (price = intercept + Σ cᵢ·inputᵢ), and the one neuron the engine trains, which sees standardised
// inputs and predicts a standardised price. The engine folds one into the other the same way when
// `nnplay train` prints a learned formula (core/model.cpp, linear_formula); this module also goes
// back, so the learner's numbers can be set into the engine. Pure: no DOM, no engine.

/** How the engine scales a linear model's numbers (a model file's `inputs.standardization` and `output.target`). */
export interface Scaling {
  inputMean: number[]; // [inputs] μᵢ
  inputScale: number[]; // [inputs] σᵢ
  targetMean: number; // m
  targetScale: number; // s
}

/** price = intercept + Σ coefficients[i] · input i, in the data's units. */
export interface Formula {
  intercept: number;
  coefficients: number[]; // [inputs]
}

/** The engine's output neuron: network output = bias + Σ weights[i] · (input i − μᵢ) / σᵢ. */
export interface Neuron {
  weights: number[]; // [inputs]
  bias: number;
}

/**
 * prediction = m + s·(b + Σ wᵢ·(xᵢ − μᵢ)/σᵢ) = m + s·(b − Σ wᵢμᵢ/σᵢ) + Σ (s·wᵢ/σᵢ)·xᵢ,
 * so cᵢ = s·wᵢ/σᵢ and intercept = m + s·(b − Σ wᵢμᵢ/σᵢ).
 */
export function formulaOf(neuron: Neuron, scaling: Scaling): Formula {
  let inside = neuron.bias;
  const coefficients = neuron.weights.map((weight, i) => {
    inside -= (weight * at(scaling.inputMean, i)) / at(scaling.inputScale, i);
    return (scaling.targetScale * weight) / at(scaling.inputScale, i);
  });
  return { intercept: scaling.targetMean + scaling.targetScale * inside, coefficients };
}

/** The inverse of formulaOf: wᵢ = cᵢ·σᵢ/s and b = (intercept − m)/s + Σ wᵢμᵢ/σᵢ. */
export function neuronOf(formula: Formula, scaling: Scaling): Neuron {
  let bias = (formula.intercept - scaling.targetMean) / scaling.targetScale;
  const weights = formula.coefficients.map((coefficient, i) => {
    const weight = (coefficient * at(scaling.inputScale, i)) / scaling.targetScale;
    bias += (weight * at(scaling.inputMean, i)) / at(scaling.inputScale, i);
    return weight;
  });
  return { weights, bias };
}

/** A regression network's output in the target's units: m + s · output (docs/model-format.md). */
export const inTargetUnits = (output: number, scaling: Scaling): number => scaling.targetMean + scaling.targetScale * output;

/**
 * The scaling of a model file (docs/model-format.md) of one linear neuron on raw inputs; no
 * standardisation is mean 0, scale 1. Throws for any other model.
 */
export function scalingOf(model: unknown): Scaling {
  const file = model as {
    inputs?: { names?: unknown[]; features?: unknown[]; standardization?: { mean: number[]; scale: number[] } | null };
    output?: { target?: { mean: number; scale: number } | null };
    layers?: { activation?: string; weights?: unknown[] }[];
  };
  const inputs = file.inputs?.names?.length ?? 0;
  const layer = file.layers?.[0];
  if (file.layers?.length !== 1 || layer?.activation !== 'linear' || layer.weights?.length !== 1 || (file.inputs?.features?.length ?? 0) > 0) {
    throw new Error('The houses widget needs a model of one linear neuron on the raw inputs.');
  }
  const standard = file.inputs?.standardization ?? null;
  const target = file.output?.target ?? null;
  return {
    inputMean: standard ? standard.mean : Array<number>(inputs).fill(0),
    inputScale: standard ? standard.scale : Array<number>(inputs).fill(1),
    targetMean: target ? target.mean : 0,
    targetScale: target ? target.scale : 1,
  };
}

/** A coefficient as the page writes it: at most two decimals, no trailing zeros, a true minus sign. */
export const coefficientText = (value: number): string => String(Number(value.toFixed(2))).replace('-', '−');

/** A whole number of the price's units, thousands separated: "140,800", "−1,234". */
export const priceText = (value: number): string => Math.round(value).toLocaleString('en-US').replace('-', '−');

/**
 * The formula in TeX, a piece per term so that a narrow screen can wrap it between terms:
 * ["\text{price} = 150{,}000", "{} + 90.3 \cdot \text{size}", "{} - 40.5 \cdot \text{distance}"], `terms` naming
 * the inputs. The empty "{}" before a sign makes it an operator between two things, spaced as in one formula.
 */
export function formulaTex(formula: Formula, terms: readonly string[]): string[] {
  const tex = (text: string): string => text.replaceAll(',', '{,}').replace('−', '');
  return [
    `\\text{price} = ${formula.intercept < 0 ? '-' : ''}${tex(priceText(formula.intercept))}`,
    ...formula.coefficients.map(
      (coefficient, i) => `{} ${coefficient < 0 ? '-' : '+'} ${tex(coefficientText(Math.abs(coefficient)))} \\cdot \\text{${terms[i] ?? `input ${i + 1}`}}`,
    ),
  ];
}

/** Whether every value is within `tolerance` (0.01 = 1%) of its target, relative to the target. */
export function withinTolerance(values: readonly number[], targets: readonly number[], tolerance: number): boolean {
  return values.length === targets.length && values.every((value, i) => Math.abs(value - at(targets, i)) <= tolerance * Math.abs(at(targets, i)));
}

function at(values: readonly number[], i: number): number {
  const value = values[i];
  if (value === undefined) throw new Error(`The model has no input ${i + 1}.`);
  return value;
}
