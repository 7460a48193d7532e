import { runPlantedBenchmark } from './eval-planted-bench';

const b = runPlantedBenchmark();
for (const r of b.formats.txt.results)
  console.log(
    `${r.plant.kind} ${r.plant.split} ${r.plant.id} [${r.foundKinds}]\n   - ${r.plant.original}\n   + ${r.plant.planted}`,
  );
