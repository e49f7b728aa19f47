/**
 * 地域ケア会議の5つの機能 (根室市 ケアマネジメントに関する基本方針 §8「ケア会議の５つの機能」; 厚生労働省
 * 「地域ケア会議の推進」に同じ). The 地域課題 register uses them as its categories and a meeting record
 * marks which of them a 地域課題 candidate serves.
 */
export const meetingFunctions = ['network', 'careManagementSupport', 'issueDiscovery', 'resourceDevelopment', 'policyFormation'] as const;
export type MeetingFunction = (typeof meetingFunctions)[number];

export const meetingFunctionLabels: Record<MeetingFunction, string> = {
  network: '地域支援ネットワークの構築',
  careManagementSupport: '高齢者の自立支援に資するケアマネジメント支援',
  issueDiscovery: '地域課題の把握',
  resourceDevelopment: '地域づくり・資源開発',
  policyFormation: '政策形成',
};

export const meetingFunctionsSource = '根室市 ケアマネジメントに関する基本方針 8「地域ケア会議について」※ケア会議の５つの機能';
