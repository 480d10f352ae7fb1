import { apiHandler } from "#shared/http";
import { identity, profiles } from "../../accounts/stores";
import { createAgentRoute } from "../routes/create-agent";

export const handler = apiHandler(createAgentRoute, async ({ body: person }) => {
  const userId = await identity.createStaffUser(person);
  await identity.addToGroup(userId, "agent");
  const now = new Date().toISOString();
  await profiles.createIfMissing({ userId, ...person, language: "en", createdAt: now, updatedAt: now });
  return {
    status: 201,
    body: {
      id: userId,
      ...person,
      groups: ["agent"],
      message: "A temporary password was e-mailed to the agent.",
    },
  };
});
