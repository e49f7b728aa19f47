import { z } from 'zod';

/** 保険者番号: six digits. */
export const insurerNumberSchema = z
  .string()
  .regex(/^\d{6}$/, { message: '保険者番号は6桁の数字で入力してください' });

/** 事業所番号: ten digits. */
export const officeNumberSchema = z
  .string()
  .regex(/^\d{10}$/, { message: '事業所番号は10桁の数字で入力してください' });

/**
 * Kind of organization. Every organization is a tenant: its users see only its data.
 * insurer = 保険者, care_management_office = 居宅介護支援事業所, community_center = 地域包括支援センター.
 */
export const organizationKindSchema = z.enum(['insurer', 'care_management_office', 'community_center']);
export type OrganizationKind = z.infer<typeof organizationKindSchema>;

export const organizationSchema = z
  .object({
    id: z.string().min(1),
    kind: organizationKindSchema,
    name: z.string().trim().min(1, { message: '名称を入力してください' }).max(200),
    /** 保険者番号 (insurer) */
    insurerNumber: insurerNumberSchema.optional(),
    /** 事業所番号 (office, center) */
    officeNumber: officeNumberSchema.optional(),
    /** Policy pack the insurer publishes (e.g. `hitachi`); offices use their clients' insurer's pack. */
    policyPackId: z.string().regex(/^[a-z0-9-]+$/, { message: 'ポリシーパックIDは半角英小文字・数字・ハイフンで指定してください' }).optional(),
    /** The insurer whose policy pack applies to this office by default. */
    defaultInsurerNumber: insurerNumberSchema.optional(),
    address: z.string().max(300).optional(),
    phone: z.string().max(40).optional(),
  })
  .superRefine((org, ctx) => {
    if (org.kind === 'insurer' && !org.insurerNumber) {
      ctx.addIssue({ code: 'custom', path: ['insurerNumber'], message: '保険者には保険者番号が必要です' });
    }
    if (org.kind !== 'insurer' && !org.officeNumber) {
      ctx.addIssue({ code: 'custom', path: ['officeNumber'], message: '事業所には事業所番号が必要です' });
    }
  });
export type Organization = z.infer<typeof organizationSchema>;

/**
 * Roles. care_manager = 介護支援専門員, office_admin = 事業所管理者, center_staff = 地域包括支援センター職員,
 * insurer_staff = 保険者職員, admin = システム管理者.
 */
export const roleSchema = z.enum(['care_manager', 'office_admin', 'center_staff', 'insurer_staff', 'admin']);
export type Role = z.infer<typeof roleSchema>;

/** Roles that read and write case files, audit them and move them in and out as CSV. */
export const caseFileRoles: readonly Role[] = ['care_manager', 'office_admin', 'center_staff', 'insurer_staff', 'admin'];

/** Roles that manage their organization's accounts and read its access log (事業所管理者・システム管理者). */
export const accountAdminRoles: readonly Role[] = ['office_admin', 'admin'];

/** Login names: ASCII letters, digits and . _ - (so they are unambiguous on every keyboard). */
export const loginNameSchema = z
  .string()
  .regex(/^[a-zA-Z0-9._-]{3,64}$/, { message: 'ログイン名は3〜64文字の半角英数字と . _ - で入力してください' });

/** A password policy that a care office can live with: long, not complicated. */
export const passwordSchema = z
  .string()
  .min(10, { message: 'パスワードは10文字以上にしてください' })
  .max(200, { message: 'パスワードは200文字以内にしてください' });

export const userSchema = z.object({
  id: z.string().min(1),
  organizationId: z.string().min(1),
  login: loginNameSchema,
  displayName: z.string().trim().min(1, { message: '氏名を入力してください' }).max(100),
  role: roleSchema,
  disabled: z.boolean().default(false),
});
export type User = z.infer<typeof userSchema>;

/** Japanese labels of roles for display. */
export const roleLabels: Record<Role, string> = {
  care_manager: '介護支援専門員',
  office_admin: '事業所管理者',
  center_staff: '地域包括支援センター職員',
  insurer_staff: '保険者職員',
  admin: 'システム管理者',
};
