# Runs a robust Python triangulation peer on the synthetic 2D that `npm run bench -- triangulate`
# exports (OPENMOCAP_PEER_PY=<dir> set), and prints one JSON line: CPU seconds, points solved, the
# 3D points. The peer's own code is NOT here: <dir> must hold the peer's functions as modules —
#   pose2sim_tri.py      weighted_triangulation / reprojection / euclidean_distance (Pose2Sim/common.py)
#                        and triangulation_from_best_cameras (Pose2Sim/triangulation.py)
#   aniposelib_cams.py   Camera / CameraGroup with triangulate_ransac (aniposelib/cameras.py)
# Needs numpy and OpenCV (Debian: apt-get install python3-numpy python3-opencv python3-numba).
# Usage: python3 triangulate_peer.py <data dir> <pose2sim|aniposelib> <points to solve>
import json
import sys
import time

import numpy as np
import cv2


def main() -> None:
    data_dir, peer, max_points = sys.argv[1], sys.argv[2], int(sys.argv[3])
    sys.path.insert(0, sys.argv[4] if len(sys.argv) > 4 else '.')
    meta = json.load(open(f'{data_dir}/rig.json'))
    C, F, J = len(meta['cameras']), meta['frames'], meta['joints']
    obs = np.fromfile(f'{data_dir}/obs.f32', dtype=np.float32).astype(np.float64).reshape(C, F, J, 3)
    min_score = meta['min_score']
    frames = min(F, -(-max_points // J))
    obs = obs[:, :frames]
    uv = obs[..., :2].copy()
    score = obs[..., 2].copy()
    bad = ~(score >= min_score) | np.isnan(uv).any(axis=-1)
    uv[bad] = np.nan
    score[bad] = 0
    Ks = [np.array(c['matrix'], dtype=np.float64).reshape(3, 3) for c in meta['cameras']]
    dists = [np.array(c['distortions'], dtype=np.float64) for c in meta['cameras']]
    rvecs = [np.array(c['rotation'], dtype=np.float64) for c in meta['cameras']]
    tvecs = [np.array(c['translation'], dtype=np.float64) for c in meta['cameras']]
    out = np.full((frames, J, 3), np.nan)
    t0 = time.process_time()
    if peer == 'pose2sim':
        from pose2sim_tri import triangulation_from_best_cameras
        # The 2D undistorted to pixels of an ideal camera K (cv2.undistortPoints with P = K), P = K[R|t].
        und = np.empty_like(uv)
        for c in range(C):
            pts = uv[c].reshape(-1, 1, 2)
            und[c] = cv2.undistortPoints(pts, Ks[c], dists[c], P=Ks[c]).reshape(frames, J, 2)
        P = []
        for c in range(C):
            R, _ = cv2.Rodrigues(rvecs[c])
            P.append(Ks[c] @ np.hstack([R, tvecs[c].reshape(3, 1)]))
        config = {'triangulation': {'reproj_error_threshold_triangulation': meta['threshold_px'], 'min_cameras_for_triangulation': 2, 'handle_LR_swap': False, 'undistort_points': False}}
        for f in range(frames):
            for j in range(J):
                x = und[:, f, j, 0].copy(); y = und[:, f, j, 1].copy(); w = score[:, f, j].copy()
                w[np.isnan(x)] = np.nan
                Q, err, _, _ = triangulation_from_best_cameras(config, (x, y, w), (x, y, w), P, None)
                out[f, j] = Q
    elif peer == 'aniposelib':
        from aniposelib_cams import Camera, CameraGroup
        group = CameraGroup([Camera(Ks[c], dists[c], rvecs[c], tvecs[c], name=str(c)) for c in range(C)])
        pts = uv.reshape(C, frames * J, 2)
        group.triangulate(pts[:, :2].copy())  # numba compile outside the timing
        t0 = time.process_time()
        p3d, _, _, _ = group.triangulate_ransac(pts, min_cams=2)
        out = p3d.reshape(frames, J, 3)
    else:
        raise SystemExit(f'unknown peer {peer}; use pose2sim or aniposelib')
    cpu = time.process_time() - t0
    print(json.dumps({'peer': peer, 'frames': frames, 'points': frames * J, 'cpu_s': cpu, 'xyz': np.nan_to_num(out, nan=1e9).ravel().tolist()}))


if __name__ == '__main__':
    main()
