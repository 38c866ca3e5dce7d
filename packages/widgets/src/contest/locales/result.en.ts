/** English strings of the contest's result view, loaded with that view's module. */
export const en: Record<keyof typeof import('./result.vi.js').vi, string> = {
  minutesSeconds: '{m} min {s} s',
  resultTitle: 'Your result',
  score: 'Right answers: {correct}/{total}',
  took: 'Time taken: {time}',
  lateNote: 'Your attempt arrived after the round closed: it counts as taking part, not for prizes.',
  rank: 'Rank: {rank} of {participants} participants',
  rankPending: 'Ranks are shown once the organisers publish the round’s results.',
  share: 'Share the contest',
  shared: 'Link copied.',
  again: 'Try again',
  rightAnswer: 'Right answer: {answer}',
  yourAnswerRight: 'You answered right.',
  yourAnswerWrong: 'Your answer was not right.',
};
