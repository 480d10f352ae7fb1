import {
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminListGroupsForUserCommand,
  AdminUserGlobalSignOutCommand,
  type AttributeType,
  type CognitoIdentityProviderClient,
  ListUsersInGroupCommand,
  type UserType,
} from "@aws-sdk/client-cognito-identity-provider";

/** A support engineer as Cognito knows them. */
export interface StaffAccount {
  id: string;
  email: string;
  firstName?: string;
  lastName?: string;
  enabled: boolean;
  /** Cognito's account status: CONFIRMED, FORCE_CHANGE_PASSWORD (never signed in), … */
  status: string;
  createdAt?: string;
}

const attribute = (attributes: AttributeType[] | undefined, name: string) =>
  attributes?.find((a) => a.Name === name)?.Value;

function accountOf(user: UserType): StaffAccount {
  const firstName = attribute(user.Attributes, "given_name");
  const lastName = attribute(user.Attributes, "family_name");
  return {
    id: attribute(user.Attributes, "sub") ?? user.Username ?? "",
    email: attribute(user.Attributes, "email") ?? "",
    ...(firstName ? { firstName } : {}),
    ...(lastName ? { lastName } : {}),
    enabled: user.Enabled ?? true,
    status: user.UserStatus ?? "UNKNOWN",
    ...(user.UserCreateDate ? { createdAt: user.UserCreateDate.toISOString() } : {}),
  };
}

/** The support engineers' accounts (the agent group of the user pool), for the admin console. */
export function staffDirectory(client: CognitoIdentityProviderClient, userPoolId: string) {
  const UserPoolId = userPoolId;
  return {
    /** One page of the group; `nextToken` is Cognito's. Undefined for a token Cognito refuses. */
    async listGroup(group: string, limit: number, nextToken?: string) {
      try {
        const page = await client.send(
          new ListUsersInGroupCommand({ UserPoolId, GroupName: group, Limit: limit, NextToken: nextToken }),
        );
        return { items: (page.Users ?? []).map(accountOf), nextToken: page.NextToken };
      } catch (error) {
        if (nextToken && error instanceof Error && error.name === "InvalidParameterException")
          return undefined;
        throw error;
      }
    },

    /** The user's groups; undefined when there is no such user. */
    async groupsOf(userId: string): Promise<string[] | undefined> {
      try {
        const { Groups = [] } = await client.send(
          new AdminListGroupsForUserCommand({ UserPoolId, Username: userId }),
        );
        return Groups.map((group) => group.GroupName ?? "");
      } catch (error) {
        if (error instanceof Error && error.name === "UserNotFoundException") return undefined;
        throw error;
      }
    },

    /** Disabled: no sign-in, and every refresh token revoked; issued ID tokens lapse within 15 minutes. */
    async disable(userId: string): Promise<void> {
      await client.send(new AdminDisableUserCommand({ UserPoolId, Username: userId }));
      await client.send(new AdminUserGlobalSignOutCommand({ UserPoolId, Username: userId }));
    },

    async enable(userId: string): Promise<void> {
      await client.send(new AdminEnableUserCommand({ UserPoolId, Username: userId }));
    },
  };
}
