// Project 3D points into the cameras of a calibration file (aniposelib/Pose2Sim TOML, OpenCV YAML,
// caliscope, EasyMocap … — whatever `openmocap calibration` reads).
//   node examples/project-with-calibration.mjs [calibration file]
import { readCalibrationFile, projectPoints, cameraCenter } from 'openmocap';

const file = process.argv[2] ?? new URL('./data/calibration.toml', import.meta.url).pathname;
const { rig, format, units } = readCalibrationFile(file);
console.log(`${file}: ${rig.cameras.length} cameras (${format}, translations in ${units})`);

// A point 1 m above the world origin, and one 30 cm to the side (metres, world frame).
const points = [0, 0, 1, 0.3, 0, 1];
for (const cam of rig.cameras) {
  const uv = projectPoints(cam, points);
  const c = cameraCenter(cam)
    .map((v) => v.toFixed(2))
    .join(', ');
  console.log(
    `${cam.name} at (${c}) m: (0,0,1) → (${uv[0].toFixed(1)}, ${uv[1].toFixed(1)}) px; (0.3,0,1) → (${uv[2].toFixed(1)}, ${uv[3].toFixed(1)}) px`,
  );
}
