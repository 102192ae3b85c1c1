using Mentiway.Host.Identity;

namespace Mentiway.Testing;

/// <summary>
/// People that tests act as: one subject each, so tests never share an identity by accident. Their e-mails are
/// verified in their tokens, so enrolling one of them under that e-mail makes their token act as that participant.
/// </summary>
public static class TestPeople
{
    public static readonly TokenPerson Admin = new("test-admin", "Ada Admin", "ada@test.example", IsAdmin: true);

    public static readonly TokenPerson Coordinator = new("test-coordinator", "Cora Ordinator", "cora@test.example");

    public static readonly TokenPerson Mentor = new("test-mentor", "Maria Nowak", "maria@test.example");

    public static readonly TokenPerson Mentee = new("test-mentee", "Jordan Miller", "jordan@test.example");

    /// <summary>Enrolled nowhere: sees nothing but what an admin-free, enrolment-free caller may.</summary>
    public static readonly TokenPerson Stranger = new("test-stranger", "Sam Stranger", "sam@test.example");
}
