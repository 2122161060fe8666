require("@nomicfoundation/hardhat-toolbox");

/** @type import('hardhat/config').HardhatUserConfig */
module.exports = {
  solidity: "0.8.24",
  networks: {
    sepolia: {
      url: "https://eth-sepolia.g.alchemy.com/v2/uaqKRA7NOiOyN8fZIpv9Nw2TROQLJwHf",
      accounts: ["0x39784590e55be9ee5f1903ef8adca11bcb927151285170e715a7b0ef0b163308"],
    },
  },
  etherscan: {
    apiKey: "XU8YOL8RIENQ93F5F5UAEOLWBUBJ2BSRMF",
  },
};
