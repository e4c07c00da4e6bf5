// Scores a clustering against gold clusters: B³ (Bagga & Baldwin 1998) and pairwise (pair-counting, as in
// Priberam's eval_lib.py) precision, recall and F1, all in 0…1.

export interface PrfScore {
  precision: number
  recall: number
  f1: number
}

export interface ClusterScore {
  items: number
  goldClusters: number
  predictedClusters: number
  bcubed: PrfScore
  pairwise: PrfScore
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r))

function groups(labels: ReadonlyMap<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const [item, label] of labels) {
    if (!out.has(label)) out.set(label, [])
    out.get(label)!.push(item)
  }
  return out
}

/**
 * `gold` and `predicted` map each item to its cluster label; both must label the same items. Pairwise
 * precision is 1 when no pair is predicted together (nothing claimed, nothing wrong), and recall 1 when no
 * gold pair exists.
 */
export function scoreClusters(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): ClusterScore {
  const missing = [...gold.keys()].filter((item) => !predicted.has(item))
  const extra = [...predicted.keys()].filter((item) => !gold.has(item))
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(`the clusterings label different items (missing from predicted: ${missing.slice(0, 3).join(', ') || 'none'}; extra: ${extra.slice(0, 3).join(', ') || 'none'})`)
  }
  const n = gold.size
  const goldGroups = groups(gold)
  const predictedGroups = groups(predicted)
  // size of each (gold, predicted) intersection
  const cells = new Map<string, number>()
  for (const [item, g] of gold) {
    const key = `${g}\u0000${predicted.get(item)!}`
    cells.set(key, (cells.get(key) ?? 0) + 1)
  }

  let precisionSum = 0
  let recallSum = 0
  for (const [item, g] of gold) {
    const p = predicted.get(item)!
    const both = cells.get(`${g}\u0000${p}`)!
    precisionSum += both / predictedGroups.get(p)!.length
    recallSum += both / goldGroups.get(g)!.length
  }
  const bp = n === 0 ? 1 : precisionSum / n
  const br = n === 0 ? 1 : recallSum / n

  const pairs = (k: number) => (k * (k - 1)) / 2
  let together = 0
  for (const size of cells.values()) together += pairs(size)
  let predictedPairs = 0
  for (const members of predictedGroups.values()) predictedPairs += pairs(members.length)
  let goldPairs = 0
  for (const members of goldGroups.values()) goldPairs += pairs(members.length)
  const pp = predictedPairs === 0 ? 1 : together / predictedPairs
  const pr = goldPairs === 0 ? 1 : together / goldPairs

  return {
    items: n,
    goldClusters: goldGroups.size,
    predictedClusters: predictedGroups.size,
    bcubed: { precision: bp, recall: br, f1: f1(bp, br) },
    pairwise: { precision: pp, recall: pr, f1: f1(pp, pr) },
  }
}

export function formatClusterScore(score: ClusterScore): string {
  const x = (v: number) => v.toFixed(3)
  return [
    `${score.items} documents, ${score.goldClusters} gold clusters, ${score.predictedClusters} predicted`,
    `B³        P ${x(score.bcubed.precision)}  R ${x(score.bcubed.recall)}  F1 ${x(score.bcubed.f1)}`,
    `pairwise  P ${x(score.pairwise.precision)}  R ${x(score.pairwise.recall)}  F1 ${x(score.pairwise.f1)}`,
  ].join('\n')
}
