using Mentiway.Host.Identity;

namespace Mentiway.Testing;

/// <summary>People that tests act as: one subject each, so tests never share an identity by accident.</summary>
public static class TestPeople
{
    public static readonly TokenPerson Admin = new("test-admin", "Ada Admin", "ada@test.example", IsAdmin: true);

    public static readonly TokenPerson Coordinator = new("test-coordinator", "Cora Ordinator", "cora@test.example");

    public static readonly TokenPerson Mentor = new("test-mentor", "Maria Nowak", "maria@test.example");

    public static readonly TokenPerson Mentee = new("test-mentee", "Jordan Miller", "jordan@test.example");
}
