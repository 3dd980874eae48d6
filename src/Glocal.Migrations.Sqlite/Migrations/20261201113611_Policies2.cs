using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Glocal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Policies2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "KoreanCourseId",
                table: "PolicyProgrammeLinks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ResidentServiceId",
                table: "PolicyProgrammeLinks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_PolicyProgrammeLinks_KoreanCourseId",
                table: "PolicyProgrammeLinks",
                column: "KoreanCourseId");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyProgrammeLinks_ResidentServiceId",
                table: "PolicyProgrammeLinks",
                column: "ResidentServiceId");

            migrationBuilder.AddForeignKey(
                name: "FK_PolicyProgrammeLinks_KoreanCourses_KoreanCourseId",
                table: "PolicyProgrammeLinks",
                column: "KoreanCourseId",
                principalTable: "KoreanCourses",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_PolicyProgrammeLinks_ResidentServices_ResidentServiceId",
                table: "PolicyProgrammeLinks",
                column: "ResidentServiceId",
                principalTable: "ResidentServices",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PolicyProgrammeLinks_KoreanCourses_KoreanCourseId",
                table: "PolicyProgrammeLinks");

            migrationBuilder.DropForeignKey(
                name: "FK_PolicyProgrammeLinks_ResidentServices_ResidentServiceId",
                table: "PolicyProgrammeLinks");

            migrationBuilder.DropIndex(
                name: "IX_PolicyProgrammeLinks_KoreanCourseId",
                table: "PolicyProgrammeLinks");

            migrationBuilder.DropIndex(
                name: "IX_PolicyProgrammeLinks_ResidentServiceId",
                table: "PolicyProgrammeLinks");

            migrationBuilder.DropColumn(
                name: "KoreanCourseId",
                table: "PolicyProgrammeLinks");

            migrationBuilder.DropColumn(
                name: "ResidentServiceId",
                table: "PolicyProgrammeLinks");
        }
    }
}
