/**
 * The PAI emulator's demo data: five images (official ones, team ones, one in another workspace) and two
 * ordinary DLC jobs (one finished, one running), so ListImages and ListJobs have something besides builds.
 */
import type { EmulatedImage, PaiEmulatorState } from './store.js';

/** Seeds `state` with the demo images and jobs. */
export function seedPai(state: PaiEmulatorState): void {
  for (const s of demoImages(state)) state.addImage({ WorkspaceId: state.workspaceId, ...s });
  seedJobs(state);
}

function demoImages(state: PaiEmulatorState): (Partial<EmulatedImage> & { Name: string; ImageUri: string })[] {
  const t = (daysAgo: number) => new Date(state.now() - daysAgo * 86_400_000).toISOString();
  const ws = state.workspaceId;
  return [
    {
      ImageId: 'image-pytorch21gpu000001',
      Name: 'pytorch-2-1-gpu',
      Description: 'Official PyTorch 2.1 training image (CUDA 12.1)',
      ImageUri: `dsw-registry-vpc.${state.regionId}.cr.aliyuncs.com/pai/pytorch-training:2.1-gpu-py310-cu121-ubuntu22.04`,
      Labels: [
        { Key: 'system.official', Value: 'true' },
        { Key: 'system.framework', Value: 'PyTorch 2.1' },
        { Key: 'system.chipType', Value: 'GPU' },
        { Key: 'system.supported.dlc', Value: 'true' },
      ],
      Accessibility: 'PUBLIC',
      Size: 12,
      GmtCreateTime: t(40),
      GmtModifiedTime: t(40),
    },
    {
      ImageId: 'image-xgboost16cpu000001',
      Name: 'xgboost-1-6-cpu',
      Description: 'Official XGBoost 1.6.0 image',
      ImageUri: `dsw-registry-vpc.${state.regionId}.cr.aliyuncs.com/pai/xgboost:1.6.0-cpu-py39-ubuntu20.04`,
      Labels: [
        { Key: 'system.official', Value: 'true' },
        { Key: 'system.framework', Value: 'XGBoost 1.6.0' },
        { Key: 'system.chipType', Value: 'CPU' },
      ],
      Accessibility: 'PUBLIC',
      Size: 4,
      GmtCreateTime: t(30),
      GmtModifiedTime: t(30),
    },
    {
      ImageId: 'image-nlpcompression0001',
      Name: 'nlp-compression',
      Description: 'NLP model compression training image',
      ImageUri: `registry.${state.regionId}.aliyuncs.com/pai-compression/nlp:gpu`,
      Labels: [
        { Key: 'system.chipType', Value: 'GPU' },
        { Key: 'team', Value: 'nlp' },
      ],
      Accessibility: 'PRIVATE',
      Size: 9,
      GmtCreateTime: t(10),
      GmtModifiedTime: t(5),
    },
    {
      ImageId: 'image-tfserving290000001',
      Name: 'tensorflow-2-9-serving',
      Description: 'Team TensorFlow 2.9 serving image',
      ImageUri: `registry.${state.regionId}.aliyuncs.com/team-a/tf-serving:2.9`,
      Labels: [
        { Key: 'system.framework', Value: 'TensorFlow 2.9' },
        { Key: 'team', Value: 'vision' },
      ],
      Accessibility: 'PUBLIC',
      Size: 6,
      GmtCreateTime: t(3),
      GmtModifiedTime: t(3),
    },
    {
      ImageId: 'image-otherworkspace0001',
      Name: 'other-team-base',
      Description: 'Image in another workspace',
      ImageUri: `registry.${state.regionId}.aliyuncs.com/team-b/base:1.0`,
      Labels: [{ Key: 'team', Value: 'b' }],
      WorkspaceId: `${ws}0`,
      Accessibility: 'PRIVATE',
      Size: 2,
      GmtCreateTime: t(1),
      GmtModifiedTime: t(1),
    },
  ];
}

function seedJobs(state: PaiEmulatorState): void {
  const ws = state.workspaceId;
  const done = state.createJob({ displayName: 'bert-finetune', jobType: 'PyTorchJob', workspaceId: ws });
  done.createdAt -= 3_600_000;
  state.step(done);
  state.step(done);
  done.finishedAt = state.now();
  if (done.pod) {
    done.pod.Status = 'Succeeded';
    done.pod.finishedAt = done.finishedAt;
  }
  done.logs.push({ at: state.now(), text: 'epoch 3/3 loss=0.123' }, { at: state.now(), text: 'training finished' });
  state.setStatus(done, 'Succeeded', 'JobSucceeded', 'The job succeeded.');
  const running = state.createJob({ displayName: 'resnet-train', jobType: 'PyTorchJob', workspaceId: ws });
  state.step(running);
  state.step(running);
}
